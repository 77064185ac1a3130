package siteops.command.site;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.site.Edition;
import siteops.api.site.RegisterSite;
import siteops.api.site.RegisterSites;
import siteops.api.site.SiteIds;
import siteops.api.site.SiteRegistration;
import siteops.api.site.SiteRegistrations;
import siteops.api.site.SiteType;
import siteops.command.web.CommandSender;
import siteops.api.site.Revisions;
import siteops.command.web.VersionInput;

import static siteops.command.web.TextInput.PRINTABLE_TRIMMED;
import static siteops.command.web.TextInput.PRINTABLE_TRIMMED_MESSAGE;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

@RestController
public class SiteRegistrationController {

    private final CommandSender commands;

    public SiteRegistrationController(CommandSender commands) {
        this.commands = commands;
    }

    static final int MAX_SITES_AT_ONCE = 1_000;

    @PostMapping(path = "/api/sites", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RegisteredSite> register(@Valid @RequestBody SiteRegistrationRequest request, Actor actor) {
        SiteRegistration registration = commands.send(toCommand(request, ""), actor);
        return ResponseEntity.created(URI.create("/api/sites/" + registration.siteId()))
                .eTag(Revisions.entityTag(registration.revision()))
                .body(new RegisteredSite(registration.siteId()));
    }

    /** Many sites at once, all or none: for bringing a partner's fleet in. */
    @PostMapping(path = "/api/site-registrations", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RegisteredSites> registerAll(@Valid @RequestBody SiteRegistrationsRequest request,
                                                       Actor actor) {
        List<RegisterSite> registrations = IntStream.range(0, request.sites().size())
                .mapToObj(index -> toCommand(request.sites().get(index), "sites[" + index + "]."))
                .toList();
        SiteRegistrations registered = commands.send(new RegisterSites(registrations), actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(new RegisteredSites(registered.sites().stream()
                .map(registration -> new RegisteredSite(registration.siteId())).toList()));
    }

    private static RegisterSite toCommand(SiteRegistrationRequest request, String fieldPrefix) {
        return new RegisterSite(SiteIds.newId(), request.name(), request.product(), request.edition(),
                VersionInput.canonical(fieldPrefix + "version", request.version()), request.plan(), request.type(),
                request.timeZone(), request.siteAdministration(), request.serialNumber(), request.partnerId(),
                request.clientId(), request.companies());
    }

    public record SiteRegistrationsRequest(@NotNull @Size(min = 1, max = MAX_SITES_AT_ONCE)
                                           List<@Valid @NotNull SiteRegistrationRequest> sites) {
    }

    public record RegisteredSites(List<RegisteredSite> sites) {
    }

    public record SiteRegistrationRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = PRINTABLE_TRIMMED, message = PRINTABLE_TRIMMED_MESSAGE) String name,
            @NotBlank @Size(max = 100) String product,
            @NotNull Edition edition,
            @NotBlank @Size(max = 40) String version,
            @NotBlank @Size(max = 100) @Pattern(regexp = PRINTABLE_TRIMMED, message = PRINTABLE_TRIMMED_MESSAGE) String plan,
            @NotNull SiteType type,
            @NotBlank @Size(max = 100) String timeZone,
            @NotNull Boolean siteAdministration,
            @NotBlank @Size(max = 100) @Pattern(regexp = PRINTABLE_TRIMMED, message = PRINTABLE_TRIMMED_MESSAGE) String serialNumber,
            @NotBlank @Size(max = 100) @Pattern(regexp = PRINTABLE_TRIMMED, message = PRINTABLE_TRIMMED_MESSAGE) String partnerId,
            @NotBlank @Size(max = 100) @Pattern(regexp = PRINTABLE_TRIMMED, message = PRINTABLE_TRIMMED_MESSAGE) String clientId,
            @NotNull @Size(max = 1000)
            List<@NotBlank @Size(max = 100) @Pattern(regexp = PRINTABLE_TRIMMED, message = PRINTABLE_TRIMMED_MESSAGE) String> companies) {
    }

    public record RegisteredSite(String siteId) {
    }
}
