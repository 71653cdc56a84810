package org.borderwatch.systemtest;

import java.io.IOException;
import java.nio.file.Path;
import org.borderwatch.harness.LocalSystem;

/**
 * The system under test: the shared harness ({@link LocalSystem}: the local KRaft broker and the three packaged
 * services as separate processes on free ports) with the system tests' settings: the project root from
 * {@code borderwatch.root}, logs under system-tests/target/logs, each service with a 384 MB heap.
 */
public final class Pipeline extends LocalSystem {
    static final String ADMIN_TOKEN = "system-test-token";

    public Pipeline() throws IOException {
        this(null);
    }

    /** A pipeline whose logs go to system-tests/target/logs/{@code logFolder} (or target/logs when null). */
    public Pipeline(String logFolder) throws IOException {
        this(projectRoot(), logFolder);
    }

    private Pipeline(Path root, String logFolder) throws IOException {
        super(root, logFolder == null ? root.resolve("system-tests/target/logs")
                : root.resolve("system-tests/target/logs").resolve(logFolder), "384m", ADMIN_TOKEN);
    }

    private static Path projectRoot() {
        return Path.of(System.getProperty("borderwatch.root", "..")).toAbsolutePath().normalize();
    }
}
