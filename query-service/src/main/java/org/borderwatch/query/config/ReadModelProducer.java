package org.borderwatch.query.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.borderwatch.query.incident.IncidentView;
import org.borderwatch.query.incident.ReadModel;

/** The plain-Java read model and its incident view as application-wide beans. */
@ApplicationScoped
public class ReadModelProducer {

    @Produces
    @ApplicationScoped
    ReadModel readModel() {
        return new ReadModel();
    }

    @Produces
    @ApplicationScoped
    IncidentView incidentView(ReadModel model) {
        return new IncidentView(model, Clock.systemUTC());
    }
}
