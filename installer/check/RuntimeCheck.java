import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import javax.crypto.KeyAgreement;
import javax.crypto.SecretKeyFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.counterdesk.app.AppServices;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.store.SiteDatabase;
import org.counterdesk.store.SiteSettings;
import org.counterdesk.store.StorageException;

/**
 * Run by installer/check.sh inside a copy of the app image's launcher, on the image's own Java
 * runtime and class path (never installed): sets up a fresh data folder the way the app's first
 * run does ("Try the demo"), then uses each part of the runtime that the app reaches only through
 * services or reflection, which jdeps cannot see. One line per check; exit 1 on the first miss.
 */
public final class RuntimeCheck {

    private interface Check {
        String run() throws Exception;
    }

    public static void main(String[] args) {
        DataFolder folder = DataFolder.fromEnvironment();
        System.setProperty("counterdesk.logs", folder.logs().toString());
        System.setProperty("counterdesk.consoleLevel", "OFF");
        check("first run on a new data folder (H2 via java.sql, migrations, PBKDF2 PINs, JSON fee schedule)",
                () -> firstRun(folder));
        check("SHA-256 and PBKDF2 (java.base)", () -> {
            MessageDigest.getInstance("SHA-256");
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").getAlgorithm();
        });
        check("TLS with elliptic curves, as mail servers use (jdk.crypto.ec)", RuntimeCheck::tls);
        check("en-AU dates and the organisation's time zone (jdk.localedata)", RuntimeCheck::australianDates);
        check("extended charsets (jdk.charsets)", () -> {
            require(Charset.isSupported("x-windows-949"), "x-windows-949 is missing");
            return "x-windows-949";
        });
        check("zip file system (jdk.zipfs)", RuntimeCheck::zipFileSystem);
        check("JNDI and JMX classes H2 and logback refer to (java.naming, java.management)", () -> {
            Class.forName("javax.naming.InitialContext");
            return ManagementFactory.getRuntimeMXBean().getVmName();
        });
        check("a PDF written with PDFBox (java.desktop)", RuntimeCheck::pdf);
        check("the PostgreSQL driver for a site's database (java.sql, java.security.jgss)", RuntimeCheck::siteDriver);
    }

    private static void check(String what, Check check) {
        try {
            System.out.println("ok: " + what + ": " + check.run());
        } catch (Throwable e) {
            System.out.println("MISSING: " + what + ": " + e);
            System.exit(1);
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }

    private static String firstRun(DataFolder folder) {
        try (AppServices services = AppServices.of(folder, Database.open(folder.database()), Clock.systemDefaultZone())) {
            services.setupRoom().firstRun().loadDemo();
            return services.counter().organisation().name();
        }
    }

    /**
     * The driver is on the class path and its Kerberos classes are in the runtime; a connection to a
     * port where nothing listens fails with the app's plain message, not a missing class.
     */
    private static String siteDriver() throws Exception {
        DriverManager.getDriver("jdbc:postgresql://localhost:5432/counterdesk");
        Class.forName("org.ietf.jgss.GSSManager");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path password = Files.createTempFile("counterdesk-check", ".password");
        try {
            Files.writeString(password, "check");
            Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
            SiteSettings site = new SiteSettings("jdbc:postgresql://localhost:" + port + "/counterdesk", "counter",
                    password, Duration.ofSeconds(2), Duration.ofSeconds(5), "the check");
            try (Database db = SiteDatabase.open(site)) {
                throw new IllegalStateException("a database answered on a free port " + port);
            } catch (StorageException e) {
                require(e.getMessage().startsWith("Could not reach the site's database server"), e.getMessage());
                return e.getMessage().substring(0, e.getMessage().indexOf(": nothing"));
            }
        } finally {
            Files.deleteIfExists(password);
        }
    }

    private static String tls() throws Exception {
        KeyPairGenerator.getInstance("EC").generateKeyPair();
        KeyPairGenerator.getInstance("X25519").generateKeyPair();
        KeyAgreement.getInstance("ECDH");
        Signature.getInstance("SHA256withECDSA");
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, null, null);
        SSLEngine engine = context.createSSLEngine("mail.example.org", 465);
        engine.setUseClientMode(true);
        ByteBuffer hello = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), hello);
        require(hello.position() > 0, "no TLS client hello was written");
        return "client hello " + hello.position() + " bytes";
    }

    private static String australianDates() {
        Locale au = Locale.forLanguageTag("en-AU");
        require(Arrays.asList(Locale.getAvailableLocales()).contains(au), "no locale data for en-AU");
        ZonedDateTime at = ZonedDateTime.of(2026, 9, 1, 9, 5, 0, 0, ZoneId.of("Australia/Sydney"));
        String shown = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy h:mm a zzz", au).format(at);
        require(shown.contains("am") && shown.contains("AEST"), "en-AU formats as '" + shown + "'");
        return shown;
    }

    private static String zipFileSystem() throws Exception {
        Path zip = Files.createTempFile("counterdesk-check", ".zip");
        Files.delete(zip);
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            Files.writeString(fs.getPath("check.txt"), "ok");
        } finally {
            Files.deleteIfExists(zip);
        }
        return "written and closed";
    }

    private static String pdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.showText("Counterdesk $12.50 — é");
                text.endText();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.size() + " bytes";
        }
    }
}
