package org.borderwatch.query.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.borderwatch.query.incident.ReadModel;
import org.borderwatch.query.messaging.CatchUpTracker;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the read model has read every topic up to where it stood at start. */
@Readiness
@ApplicationScoped
public class ReadModelReadiness implements HealthCheck {
    private final CatchUpTracker catchUp;
    private final ReadModel model;

    public ReadModelReadiness(CatchUpTracker catchUp, ReadModel model) {
        this.catchUp = catchUp;
        this.model = model;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("read-model")
                .status(catchUp.caughtUp())
                .withData("articles", model.size())
                .withData("state", catchUp.caughtUp() ? "caught up" : String.valueOf(catchUp.problem()))
                .build();
    }
}
