package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The application's style sheet parses without an error: a missing brace (easy to lose when
 * two rooms' styles are merged) makes JavaFX drop the rules after it without failing anything.
 */
class StyleSheetTest {

    @Test
    void theStyleSheetParsesCleanly() throws IOException {
        URL css = Forms.class.getResource("counterdesk.css");
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(css);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).isEmpty();
        assertThat(sheet.getRules().stream().flatMap(r -> r.getSelectors().stream()).map(Object::toString))
                .anyMatch(s -> s.contains("watch-panel"))
                .anyMatch(s -> s.contains("overdue-banner"))
                .anyMatch(s -> s.contains("flagged"));
    }

    @Test
    void theHighContrastSheetParsesCleanly() throws IOException {
        URL css = Display.class.getResource("high-contrast.css");
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(css);
        assertThat(CssParser.errorsProperty().stream().map(Object::toString).toList()).isEmpty();
        assertThat(sheet.getRules()).isNotEmpty();
    }
}
