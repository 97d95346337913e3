package org.counterdesk.desk.ui;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.counterdesk.deliveries.ui.DeliveriesController;
import org.counterdesk.deliveries.ui.DeliveriesViewModel;
import org.counterdesk.desk.FrontDeskRoom;
import org.counterdesk.enquiries.ui.EnquiriesController;
import org.counterdesk.enquiries.ui.EnquiriesViewModel;
import org.counterdesk.frontdesk.ui.DeskSession;
import org.counterdesk.frontdesk.ui.DirectoryController;
import org.counterdesk.frontdesk.ui.DirectoryViewModel;
import org.counterdesk.frontdesk.ui.FrontDeskSettingsController;
import org.counterdesk.frontdesk.ui.FrontDeskSettingsViewModel;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.LazyScreen;
import org.counterdesk.ui.Screen;
import org.counterdesk.ui.Teardown;
import org.counterdesk.visitors.ui.OnSiteController;
import org.counterdesk.visitors.ui.OnSiteViewModel;
import org.counterdesk.visitors.ui.VisitorsController;
import org.counterdesk.visitors.ui.VisitorsViewModel;

/**
 * The front desk room's screens, built from its own services; the shell decides who sees them.
 * F5 to F8 already mean tenders on the receipt screen, so the desk's screens take Shift with
 * them: Shift+F5 visitors, Shift+F6 deliveries, Shift+F7 enquiries; Ctrl+E shows who is on
 * site; the directory is Shift+F9 and the front desk settings Shift+F10.
 *
 * @param teardown told what the desk's screens hold on to, to let go when they are dropped
 */
public record FrontDeskScreens(FrontDeskRoom room, CounterSetup counter, Actor actor, Background background,
                               Teardown teardown) {

    static final KeyCombination VISITORS = new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN);
    static final KeyCombination DELIVERIES = new KeyCodeCombination(KeyCode.F6, KeyCombination.SHIFT_DOWN);
    static final KeyCombination ENQUIRIES = new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN);
    static final KeyCombination ON_SITE = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DIRECTORY = new KeyCodeCombination(KeyCode.F9, KeyCombination.SHIFT_DOWN);
    static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN);

    /** The desk's own screens (cashiers and supervisors): visitors, deliveries, enquiries. */
    public List<Screen> desk() {
        return List.of(LazyScreen.of("Visitors", VISITORS, () -> {
            VisitorsViewModel visitorsModel = new VisitorsViewModel(session(), room.visits(), room.expected(),
                    room.notifications(), room.visitorDocuments(), room.directory());
            teardown.add(visitorsModel::close);
            return new VisitorsController(visitorsModel).built();
        }), LazyScreen.of("Deliveries", DELIVERIES, () -> {
            DeliveriesViewModel deliveriesModel = new DeliveriesViewModel(session(), room.deliveries(),
                    room.notifications(), room.directory());
            teardown.add(deliveriesModel::close);
            return new DeliveriesController(deliveriesModel).built();
        }), LazyScreen.of("Enquiries", ENQUIRIES, () -> new EnquiriesController(new EnquiriesViewModel(session(),
                room.enquiries(), room.enquiryReports())).built()));
    }

    private DeskSession session() {
        return new DeskSession(actor, counter, background);
    }

    /** Who is on site (everyone signed in, whatever their role). */
    public Screen onSite() {
        return LazyScreen.of("On site", ON_SITE, () -> new OnSiteController(new OnSiteViewModel(counter, room.visits(),
                room.visitorDocuments(), background)).built());
    }

    /** The administrators' front desk screens: the directory and the front desk settings. */
    public List<Screen> admin() {
        return List.of(LazyScreen.of("Directory", DIRECTORY, () -> new DirectoryController(new DirectoryViewModel(
                actor, room.directory(), room.watchList(), background)).built()),
                LazyScreen.of("Front desk", SETTINGS, () -> new FrontDeskSettingsController(new FrontDeskSettingsViewModel(
                        actor, room.config(), background)).built()));
    }
}
