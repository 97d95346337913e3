package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text sizes step by 10% between 100% and 150%, scale every font size together, and are remembered. */
class TextScaleTest {

    @TempDir
    Path folder;

    @Test
    void sizesStepWithinOneHundredAndOneHundredFiftyPercent() {
        assertThat(TextScale.bigger(100)).isEqualTo(110);
        assertThat(TextScale.bigger(150)).isEqualTo(150);
        assertThat(TextScale.smaller(100)).isEqualTo(100);
        assertThat(TextScale.smaller(130)).isEqualTo(120);
        assertThat(TextScale.within(999)).isEqualTo(150);
        assertThat(TextScale.within(-5)).isEqualTo(100);
    }

    @Test
    void everyFontSizeInTheSheetScalesAndNothingElse() {
        String css = ".root { -fx-font-size: 14px; -fx-padding: 8px; }\n.big { -fx-font-size:40px; }\n.x { -fx-font-size: 13px; }";
        String scaled = TextScale.scale(css, 150);
        assertThat(scaled).contains("-fx-font-size: 21px", "-fx-font-size:60px", "-fx-font-size: 19.5px",
                "-fx-padding: 8px");
    }

    @Test
    void theStyleSheetAtOneHundredPercentIsTheFileItselfAndScaledIsADataUri() {
        var sheet = Display.class.getResource("counterdesk.css");
        assertThat(TextScale.stylesheet(sheet, 100)).isEqualTo(sheet.toExternalForm());
        String scaled = TextScale.stylesheet(sheet, 150);
        assertThat(scaled).startsWith("data:text/css;base64,");
        String css = new String(java.util.Base64.getDecoder().decode(scaled.substring(scaled.indexOf(',') + 1)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(css).contains("-fx-font-size: 21px");
    }

    @Test
    void theChoiceIsRememberedAndAnythingOddInTheFileIsIgnored() throws Exception {
        assertThat(DisplayChoice.read(folder)).isEqualTo(DisplayChoice.STANDARD);
        new DisplayChoice(140, Theme.HIGH_CONTRAST).write(folder);
        assertThat(DisplayChoice.read(folder)).isEqualTo(new DisplayChoice(140, Theme.HIGH_CONTRAST));
        Files.writeString(folder.resolve(DisplayChoice.FILE), "textPercent=lots\ntheme=HIGH_CONTRAST\n");
        assertThat(DisplayChoice.read(folder)).isEqualTo(DisplayChoice.STANDARD);
        Files.writeString(folder.resolve(DisplayChoice.FILE), "textPercent=400\ntheme=NEON\n");
        assertThat(DisplayChoice.read(folder)).isEqualTo(new DisplayChoice(150, Theme.STANDARD));
    }
}
