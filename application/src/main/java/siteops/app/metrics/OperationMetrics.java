package siteops.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;
import siteops.api.operation.OperationKind;
import siteops.api.operation.OperationState;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.query.operation.OperationCollection;

/**
 * {@code siteops_operations}: how many operations of each kind, of every site, are queued, running,
 * succeeded or failed, as the {@code site_operations} read model holds them. Read from the shared
 * read model at each scrape, so every query process answers the same totals, across restarts and
 * rebuilds; started = all four states.
 */
@Component
@ConditionalOnProcessRole(ProcessRole.QUERY)
public class OperationMetrics implements MeterBinder {

    private final OperationCollection operations;

    public OperationMetrics(OperationCollection operations) {
        this.operations = operations;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (OperationKind kind : OperationKind.values()) {
            for (OperationState state : OperationState.values()) {
                Gauge.builder("siteops.operations", () -> operations.count(kind, state))
                        .description("Operations of sites by kind and state, as the site_operations read model holds them")
                        .tag("kind", kind.name())
                        .tag("state", state.name())
                        .register(registry);
            }
        }
    }
}
