package org.counterdesk.visitors.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterdesk.desk.ui.DeskModelTest;
import org.counterdesk.frontdesk.ui.DeskSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The visitors screen's sign-in form, sign-out and phone prompt, through its view model. */
class SignInFormModelTest extends DeskModelTest {

    private VisitorsViewModel model;
    private SignInFormModel form;

    @BeforeEach
    void screen() {
        model = new VisitorsViewModel(new DeskSession(cashier, c.services.counter(), background), fd.visits(),
                fd.expected(), fd.notifications(), fd.visitorDocuments(), fd.directory());
        form = model.form();
        fx(model::refresh);
    }

    private void fill(String name, String host) {
        fx(() -> {
            form.input().name().set(name);
            form.input().organisation().set("Acme Surveying");
            form.input().host().typedProperty().set(host);
            form.input().purpose().set("Site plan meeting");
        });
    }

    @Test
    void theNextFreeBadgeIsOfferedAndASignInSaysSoAndAsksForTheCall() {
        assertThat(read(() -> form.input().badge().get())).isEqualTo("1");
        fill("Jane Citizen", "robyn");
        fx(() -> model.signIn(() -> { }));
        assertThat(read(() -> model.shown().status().get())).startsWith("Jane Citizen signed in with badge 1.");
        assertThat(read(() -> model.shown().phonePrompt().get()))
                .isEqualTo("Tell Robyn Lee, Planning by phone: ext 4021, that Jane Citizen is here. Press F7 when done.");
        assertThat(read(() -> form.input().name().get())).isEmpty();
        assertThat(read(() -> form.input().badge().get())).isEqualTo("2");
        assertThat(read(() -> model.shown().rows().size())).isEqualTo(1);
    }

    @Test
    void aBadNameIsRefusedBesideItsFieldAndNobodyIsSignedIn() {
        fill("R2D2", "robyn");
        fx(() -> model.signIn(() -> { }));
        assertThat(read(() -> model.shown().errors().of("name").get())).contains("A name has no digits");
        assertThat(read(() -> model.shown().status().get())).isEmpty();
        assertThat(fd.visits().onSite()).isEmpty();
    }

    @Test
    void aNameOnTheWatchListAsksForASupervisorOnTheSameForm() {
        fd.watchList().add(c.administrator(), "Mallory Grant", "Call security on ext 4000.");
        fill("Mallory Grant", "robyn");
        fx(() -> model.signIn(() -> { }));
        assertThat(read(() -> model.shown().watchWarning().get())).contains("Call security on ext 4000.");
        assertThat(fd.visits().onSite()).isEmpty();
        fx(() -> {
            form.input().supervisorNumber().set("2001");
            form.input().supervisorPin().set("2222");
            model.signIn(() -> { });
        });
        assertThat(read(() -> model.shown().status().get())).startsWith("Mallory Grant signed in with badge 1.");
        assertThat(read(() -> model.shown().watchWarning().get())).isEmpty();
    }

    @Test
    void aVisitorIsSignedOutByTheNameTypedAndAWrongNameIsSaidBesideTheField() {
        fill("Jane Citizen", "robyn");
        fx(() -> model.signIn(() -> { }));
        fx(() -> {
            model.input().signOut().set("Nobody Here");
            model.signOutTyped(() -> { });
        });
        assertThat(read(() -> model.shown().errors().of("signOut").get())).isEqualTo("No one called \"Nobody Here\" is signed in.");
        fx(() -> {
            model.input().signOut().set("jane citizen");
            model.signOutTyped(() -> { });
        });
        assertThat(read(() -> model.shown().status().get())).isEqualTo("Jane Citizen signed out (badge 1 is free again).");
        assertThat(read(() -> model.shown().phonePrompt().get())).isEmpty();
        assertThat(read(() -> form.input().badge().get())).isEqualTo("1");
    }
}
