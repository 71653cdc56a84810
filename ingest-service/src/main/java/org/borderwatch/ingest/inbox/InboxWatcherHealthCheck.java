package org.borderwatch.ingest.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.borderwatch.ingest.config.IngestConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Liveness: the watcher thread is running (when the inbox is enabled). */
@Liveness
@ApplicationScoped
public class InboxWatcherHealthCheck implements HealthCheck {
    private final InboxWatcher watcher;
    private final boolean enabled;

    public InboxWatcherHealthCheck(InboxWatcher watcher, IngestConfig config) {
        this.watcher = watcher;
        this.enabled = config.inbox().enabled();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("inbox-watcher")
                .status(!enabled || watcher.isWatching())
                .withData("inbox", watcher.inbox().toString())
                .withData("pending", watcher.pendingInInbox())
                .build();
    }
}
