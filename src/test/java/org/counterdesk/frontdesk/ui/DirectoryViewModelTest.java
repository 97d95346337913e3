package org.counterdesk.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterdesk.desk.ui.DeskModelTest;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.Host;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory screen (administrators): people, units and the watch list, through its view model. */
class DirectoryViewModelTest extends DeskModelTest {

    private DirectoryViewModel model;

    @BeforeEach
    void screen() {
        model = new DirectoryViewModel(c.administrator(), fd.directory(), fd.watchList(), background);
        fx(model::refresh);
    }

    @Test
    void aPersonIsAddedThenChosenChangedAndDeactivated() {
        fx(() -> {
            model.input().name().set("Ngaire Thompson");
            model.input().email().set("ngaire.thompson@riverbend.example.org");
            model.input().unit().set(model.shown().units().get(0));
            model.saveHost(() -> { });
        });
        assertThat(read(() -> model.shown().status().get())).startsWith("Added Ngaire Thompson, ");
        assertThat(read(() -> model.input().name().get())).isEmpty();
        Host added = read(() -> model.shown().hosts().stream().filter(h -> h.name().equals("Ngaire Thompson")).findFirst()
                .orElseThrow());
        fx(() -> model.editHost(added));
        assertThat(read(() -> model.input().email().get())).isEqualTo("ngaire.thompson@riverbend.example.org");
        fx(() -> model.toggleHost(added));
        assertThat(read(() -> model.shown().status().get())).isEqualTo("Ngaire Thompson deactivated: the desk no longer offers them.");
        assertThat(fd.directory().search("ngaire", 5)).extracting(Contact::name).isEmpty();
    }

    @Test
    void aBadEmailIsSaidBesideItsFieldAndNothingIsAdded() {
        int before = read(() -> model.shown().hosts().size());
        fx(() -> {
            model.input().name().set("Robyn Two");
            model.input().email().set("robyn@");
            model.saveHost(() -> { });
        });
        assertThat(read(() -> model.shown().errors().of("email").get())).isNotEmpty();
        assertThat(read(() -> model.shown().hosts().size())).isEqualTo(before);
        fx(() -> model.toggleHost(null));
        assertThat(read(() -> model.shown().errors().general().get())).isEqualTo("Choose a person in the list first.");
    }

    @Test
    void aUnitOfTheSameNameIsRefusedAndTheWatchListTakesANameAndLetsItGo() {
        fx(() -> {
            model.input().unitName().set("planning");
            model.input().unitEmail().set("planning2@riverbend.example.org");
            model.saveUnit(() -> { });
        });
        assertThat(read(() -> model.shown().errors().of("unitName").get())).contains("There is already a unit called Planning");
        fx(() -> {
            model.input().watchName().set("Mallory Grant");
            model.input().watchNote().set("Call security on ext 4000.");
            model.addWatch(() -> { });
        });
        assertThat(read(() -> model.shown().status().get())).isEqualTo("Added to the watch list.");
        assertThat(read(() -> model.shown().watched().size())).isEqualTo(1);
        fx(() -> model.removeWatch(model.shown().watched().get(0)));
        assertThat(read(() -> model.shown().status().get())).isEqualTo("Taken off the watch list.");
        assertThat(read(() -> model.shown().watched())).isEmpty();
    }
}
