package org.borderwatch.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness says what happened to rejected articles without going DOWN for them: a rejected article is the end of
 * that article, not of the service (liveness stays UP; the channel goes on). Data: how many were rejected since the
 * start and the last one's reason kind and raw record; by reason in the metrics
 * ({@code borderwatch_extract_rejected_total{reason}}).
 */
@Readiness
@ApplicationScoped
public class RejectionsHealthCheck implements HealthCheck {
    private final ArticleRejecter rejecter;

    public RejectionsHealthCheck(ArticleRejecter rejecter) {
        this.rejecter = rejecter;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("extract-rejections").up()
                .withData("rejected", rejecter.total());
        String last = rejecter.lastRejection();
        if (last != null) {
            response.withData("last", last);
        }
        return response.build();
    }
}
