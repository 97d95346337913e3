package org.counterdesk.frontdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.counterdesk.desk.FrontDeskRoom;
import org.counterdesk.deliveries.Deliveries;
import org.counterdesk.testing.FrontDeskSetup;
import org.counterdesk.visitors.Visit;
import org.counterdesk.visitors.Visits;
import org.counterdesk.testing.FrontDeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Host notifications through a real SMTP server (GreenMail, in this JVM): sent at once when the
 * server is up; kept and retried with backoff while it is down; the visit recorded either way.
 */
class OutboxTest extends FrontDeskTest {

    int port;
    GreenMail mail;

    @BeforeEach
    void open() throws Exception {
        port = FrontDeskSetup.freePort();
        FrontDeskSetup.useSmtp(c, c.administrator(), port);
    }

    @AfterEach
    void close() {
        if (mail != null) {
            mail.stop();
        }
    }

    private void startServer() {
        mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    private Visit signIn(String name, String badge) {
        return fd.visits().signIn(cashier, new Visits.Request(name, "Acme Surveying", null, "Robyn Lee", "Site meeting",
                null, badge, null)).visit();
    }

    private Notification status(Visit v) {
        return fd.notifications().latestFor(Visits.SUBJECT, List.of(v.id())).get(v.id());
    }

    @Test
    void theHostIsEmailedThroughTheServer() throws Exception {
        startServer();
        Visit v = signIn("Jane Citizen", "4");
        assertThat(status(v).state()).isEqualTo(NotificationState.QUEUED);
        assertThat(fd.outbox().sendDue()).isEqualTo(1);
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("robyn.lee@riverbend.example.org");
        assertThat(received[0].getSubject()).isEqualTo("Your visitor has arrived (badge 4)");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Jane Citizen", "Acme Surveying", "Site meeting", "10:15 am");
        Notification n = status(v);
        assertThat(n.state()).isEqualTo(NotificationState.SENT);
        assertThat(n.doneAt()).isEqualTo(c.clock.instant());
        assertThat(fd.outbox().sendDue()).isZero();
    }

    @Test
    void whileTheServerIsDownTheVisitIsKeptAndTheEmailRetriedUntilItComesBack() throws Exception {
        Visit v = signIn("Jane Citizen", "4");
        assertThat(fd.outbox().sendDue()).isZero();
        Notification failed = status(v);
        assertThat(failed.state()).isEqualTo(NotificationState.RETRYING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("refused the connection");
        assertThat(failed.nextAttemptAt()).isEqualTo(c.clock.instant().plusSeconds(30));
        assertThat(fd.visits().onSite()).extracting(Visit::id).containsExactly(v.id());

        c.clock.advance(Duration.ofSeconds(10));
        assertThat(fd.outbox().sendDue()).isZero();
        assertThat(status(v).attempts()).isEqualTo(1);
        c.clock.advance(Duration.ofSeconds(20));
        fd.outbox().sendDue();
        assertThat(status(v).attempts()).isEqualTo(2);
        assertThat(status(v).nextAttemptAt()).isEqualTo(c.clock.instant().plusSeconds(60));

        startServer();
        c.clock.advance(Duration.ofSeconds(60));
        assertThat(fd.outbox().sendDue()).isEqualTo(1);
        assertThat(status(v).state()).isEqualTo(NotificationState.SENT);
        assertThat(status(v).attempts()).isEqualTo(3);
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void anEmailThatNeverGetsThroughIsGivenUpAndTheDeskPhonesInstead() {
        Visit v = signIn("Jane Citizen", "4");
        for (int i = 0; i < 40 && !status(v).state().finished(); i++) {
            fd.outbox().sendDue();
            c.clock.advance(Duration.ofMinutes(15));
        }
        assertThat(status(v).state()).isEqualTo(NotificationState.GAVE_UP);
        assertThat(status(v).state().needsDesk()).isTrue();
        fd.notifications().recordPhoned(cashier, status(v).id());
        assertThat(status(v).state()).isEqualTo(NotificationState.PHONED);
        assertThatThrownBy(() -> fd.notifications().recordPhoned(cashier, status(v).id()))
                .hasMessageContaining("already been told");
    }

    @Test
    void backoffDoublesUpToFifteenMinutes() {
        List<Long> waits = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            waits.add(OutboxSender.backoff(i).toSeconds());
        }
        assertThat(waits).containsExactly(30L, 60L, 120L, 240L, 480L, 900L, 900L, 900L);
    }

    @Test
    void aUnitWithoutAnEmailAddressIsPhonedAndDeliveriesUseTheSameOutbox() {
        startServer();
        var logged = fd.deliveries().log(cashier, new Deliveries.Form("StarTrack", "ST123456789", "2", null, "Works Depot"));
        assertThat(logged.notification().channel()).isEqualTo(Notification.Channel.PHONE);
        assertThat(logged.notification().state()).isEqualTo(NotificationState.PHONE_DUE);
        var emailed = fd.deliveries().log(cashier, new Deliveries.Form("Australia Post", "AP99887766", "1", null, "Planning"));
        fd.outbox().sendDue();
        assertThat(mail.getReceivedMessages()).hasSize(1);
        Map<Long, Notification> statuses = fd.notifications().latestFor(Deliveries.SUBJECT, List.of(emailed.delivery().id()));
        assertThat(statuses.get(emailed.delivery().id()).state()).isEqualTo(NotificationState.SENT);
    }

    @Test
    void aServerThatAcceptsButNeverAnswersTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread accepter = new Thread(() -> {
                List<Socket> held = new ArrayList<>();
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // The test is over.
                }
            });
            accepter.setDaemon(true);
            accepter.start();
            SmtpMailer mailer = new SmtpMailer(700, c.clock);
            SmtpSettings server = new SmtpSettings("127.0.0.1", silent.getLocalPort(), SmtpSettings.Security.NONE,
                    FrontDeskSetup.FROM, null, null);
            assertThatThrownBy(() -> mailer.send(server, "robyn.lee@riverbend.example.org", new EmailText("s", "b")))
                    .isInstanceOf(MailFailure.class).hasMessageContaining("did not answer within 700 ms");
        }
    }
}
