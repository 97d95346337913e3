package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * The style sheet parses without a single error. JavaFX only logs CSS errors and then ignores
 * everything after a missing brace, so a broken sheet silently unstyles half the screens.
 */
class StyleSheetTest {

    @Test
    void theStyleSheetParsesCleanly() throws Exception {
        URL sheet = CounterdeskApp.class.getResource("counterdesk.css");
        assertThat(sheet).isNotNull();
        CssParser.errorsProperty().clear();
        var parsed = new CssParser().parse(sheet);
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(parsed.getRules()).hasSizeGreaterThan(50);
    }
}
