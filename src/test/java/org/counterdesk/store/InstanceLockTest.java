package org.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondCopyOnTheSameDataFolderIsToldPlainly() throws Exception {
        try (InstanceLock first = InstanceLock.acquire(dir)) {
            assertThatThrownBy(() -> InstanceLock.acquire(dir))
                    .isInstanceOf(InstanceLock.AlreadyRunningException.class)
                    .hasMessageStartingWith("Counterdesk is already running on this PC");
        }
        InstanceLock.acquire(dir).close();
    }

    @Test
    void theDataFolderIsPerUserUnlessCounterdeskHomeSaysOtherwise() {
        Path home = Path.of("/home/casey");
        assertThat(DataFolder.resolve(Map.of(), "Linux", home).root()).isEqualTo(home.resolve(".local/share/counterdesk"));
        assertThat(DataFolder.resolve(Map.of("LOCALAPPDATA", "C:/Users/casey/AppData/Local"), "Windows 11", home).root())
                .isEqualTo(Path.of("C:/Users/casey/AppData/Local", "Counterdesk"));
        assertThat(DataFolder.resolve(Map.of(), "Mac OS X", home).root())
                .isEqualTo(home.resolve("Library/Application Support/Counterdesk"));
        assertThat(DataFolder.resolve(Map.of(DataFolder.ENV, "/srv/counterdesk"), "Linux", home).root())
                .isEqualTo(Path.of("/srv/counterdesk"));
    }
}
