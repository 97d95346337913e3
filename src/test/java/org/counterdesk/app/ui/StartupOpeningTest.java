package org.counterdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.InstanceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder opened while the toolkit starts: a new folder (first run) and a set-up one
 * both open; a second opening of a folder in use is refused with the instance lock's message.
 */
class StartupOpeningTest {

    @TempDir
    Path dir;

    @Test
    void opensANewFolderForTheFirstRunThenTheSameFolderOnceSetUp() throws Exception {
        DataFolder folder = new DataFolder(dir);
        StartupOpening.Opened first = StartupOpening.begin(folder).await();
        try (InstanceLock lock = first.lock(); var services = first.services()) {
            assertThat(services.setupRoom().firstRun().needed()).isTrue();
            services.setupRoom().firstRun().loadDemo();
            assertThatThrownBy(() -> StartupOpening.begin(folder).await())
                    .isInstanceOf(InstanceLock.AlreadyRunningException.class);
        }
        StartupOpening.Opened again = StartupOpening.begin(folder).await();
        try (InstanceLock lock = again.lock(); var services = again.services()) {
            assertThat(services.setupRoom().firstRun().needed()).isFalse();
            assertThat(services.counter().demo()).isTrue();
        }
    }
}
