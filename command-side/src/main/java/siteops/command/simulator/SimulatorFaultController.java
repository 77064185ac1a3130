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
import siteops.api.operation.JobKind;
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

    static final String DEFAULT_REASON = "Simulated failure";

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
        JobKind kind = fault.kind() == null ? JobKind.CONVERT_COMPANY : fault.kind();
        if (kind == JobKind.CONVERT_COMPANY && (fault.company() == null || !companies.contains(fault.company()))) {
            throw Refusals.invalid("company: site " + fault.siteId() + " has no company " + fault.company()
                    + "; it has " + companies);
        }
        if (kind != JobKind.CONVERT_COMPANY && fault.company() != null) {
            throw Refusals.invalid("company: only a CONVERT_COMPANY fault names a company; a " + kind
                    + " job concerns the whole site");
        }
        String reason = fault.reason() == null || fault.reason().isBlank() ? DEFAULT_REASON : fault.reason();
        faults.inject(kind, fault.siteId(), fault.company(), reason);
        return new InjectedFault(fault.siteId(), kind, fault.company(), reason);
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

    /**
     * The next job of {@code kind} (CONVERT_COMPANY when left out) on {@code siteId} fails with
     * {@code reason}; a conversion fault names the company whose conversion fails.
     */
    public record InjectedFault(
            @NotBlank @Size(max = 200) String siteId,
            JobKind kind,
            @Size(min = 1, max = 200) String company,
            @Size(max = 500) String reason) {
    }
}
