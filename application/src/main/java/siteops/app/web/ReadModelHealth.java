package siteops.app.web;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.query.store.ReadModelCatchUp;

/** The service is not up for reads until its read models have caught up with the events. */
@ConditionalOnProcessRole(ProcessRole.QUERY)
@Component("readModels")
public class ReadModelHealth implements HealthIndicator {

    private final ReadModelCatchUp catchUp;

    public ReadModelHealth(ReadModelCatchUp catchUp) {
        this.catchUp = catchUp;
    }

    @Override
    public Health health() {
        return catchUp.isCaughtUp() ? Health.up().build()
                : Health.outOfService().withDetail("reason", "catching up with the event store").build();
    }
}
