package siteops.command.simulator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.access.Role;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.command.access.Refusals;
import siteops.command.web.SitePaths;

import java.util.List;

/** Fault injection into the simulated agent; absent (so 404) when the simulator is disabled. */
@RestController
@RequestMapping("/api/simulator/faults")
@ConditionalOnProperty(name = "siteops.simulator.enabled", havingValue = "true", matchIfMissing = true)
public class SimulatorFaultController {

    static final String DEFAULT_REASON = "Simulated conversion failure";

    private final SimulatedFaults faults;
    private final SiteCompanies siteCompanies;

    public SimulatorFaultController(SimulatedFaults faults, SiteCompanies siteCompanies) {
        this.faults = faults;
        this.siteCompanies = siteCompanies;
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public InjectedFault inject(@Valid @RequestBody InjectedFault fault, Actor actor) {
        requireOperator(actor);
        SitePaths.requireWellFormed(fault.siteId());
        List<String> companies = siteCompanies.of(fault.siteId())
                .orElseThrow(() -> new RefusedException(RefusalCode.SITE_NOT_FOUND, "no site " + fault.siteId()));
        if (!companies.contains(fault.company())) {
            throw Refusals.invalid("company: site " + fault.siteId() + " has no company " + fault.company()
                    + "; it has " + companies);
        }
        String reason = fault.reason() == null || fault.reason().isBlank() ? DEFAULT_REASON : fault.reason();
        faults.inject(fault.siteId(), fault.company(), reason);
        return new InjectedFault(fault.siteId(), fault.company(), reason);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void clear(Actor actor) {
        requireOperator(actor);
        faults.clear();
    }

    private static void requireOperator(Actor actor) {
        if (actor.role() != Role.OPERATOR) {
            throw Refusals.forbidden(actor, "inject faults into the simulated agent");
        }
    }

    /** The next conversion of {@code company} on {@code siteId} fails with {@code reason}. */
    public record InjectedFault(
            @NotBlank @Size(max = 200) String siteId,
            @NotBlank @Size(max = 200) String company,
            @Size(max = 500) String reason) {
    }
}
