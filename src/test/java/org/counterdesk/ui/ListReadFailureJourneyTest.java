package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import javafx.scene.input.KeyCode;
import org.counterdesk.testing.DemoUiTest;
import org.junit.jupiter.api.Test;

/**
 * A list that cannot be read is said on the screen it belongs to, in words, while the window
 * goes on answering the keyboard; once the database answers again, showing the screen again
 * brings the list back and takes the message away.
 */
class ListReadFailureJourneyTest extends DemoUiTest {

    @Test
    void aVisitorsListThatCannotBeReadIsSaidOnTheScreenAndComesBackWhenTheDatabaseDoes() throws Exception {
        signInAsCashier();
        sql("ALTER TABLE visit RENAME TO visit_away");
        press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        waitForMessage("the database reported a problem (details are in the log). To try again, open this screen again.");
        assertThat(messages()).containsPattern("Could not read (today's visitors|the visitors expected today): ")
                .doesNotContain("Exception", "\tat ");

        assertFocused("#name");
        write("Jane Citizen");
        assertThat(text("#name")).isEqualTo("Jane Citizen");

        sql("ALTER TABLE visit_away RENAME TO visit");
        press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        waitUntil(() -> !messages().contains("Could not read"));
        assertThat(text("#badge")).isEqualTo("1");
    }

    private void sql(String statement) throws Exception {
        try (Connection c = counter.connect(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
