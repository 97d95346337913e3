package org.counterdesk.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Counterdesk keeps its database, documents and logs: {@code COUNTERDESK_HOME} when set,
 * otherwise a per-user folder in the place each operating system keeps application data.
 */
public record DataFolder(Path root) {

    public static final String ENV = "COUNTERDESK_HOME";

    public static DataFolder fromEnvironment() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static DataFolder resolve(Map<String, String> env, String osName, Path userHome) {
        String override = env.get(ENV);
        if (override != null && !override.isBlank()) {
            return new DataFolder(Path.of(override).toAbsolutePath());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.getOrDefault("LOCALAPPDATA", userHome.resolve("AppData/Local").toString());
            return new DataFolder(Path.of(local, "Counterdesk"));
        }
        if (os.contains("mac")) {
            return new DataFolder(userHome.resolve("Library/Application Support/Counterdesk"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
        return new DataFolder(base.resolve("counterdesk"));
    }

    public Path database() {
        return root.resolve("db");
    }

    public Path documents() {
        return root.resolve("documents");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path printed() {
        return root.resolve("printed");
    }

    /**
     * Creates the folder and its sub-folders if they are not there yet, and makes the whole
     * folder private to its owner (installs made before files were kept private are tightened
     * here, at every start).
     */
    public DataFolder create() throws IOException {
        for (Path p : new Path[] {root, database(), documents(), logs()}) {
            PrivateFiles.createFolders(p);
        }
        PrivateFiles.tighten(root);
        return this;
    }
}
