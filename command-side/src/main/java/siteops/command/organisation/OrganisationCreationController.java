package siteops.command.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.access.Role;
import siteops.api.organisation.CreateOrganisation;
import siteops.api.organisation.OrganisationIds;
import siteops.api.organisation.OrganisationKind;
import siteops.api.site.Revisions;
import siteops.command.web.CommandSender;

import java.net.URI;

import static siteops.command.web.TextInput.PRINTABLE_TRIMMED;
import static siteops.command.web.TextInput.PRINTABLE_TRIMMED_MESSAGE;

@RestController
public class OrganisationCreationController {

    private final CommandSender commands;

    public OrganisationCreationController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping(path = "/api/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CreatedOrganisation> create(@Valid @RequestBody OrganisationRequest request, Actor actor) {
        long revision = commands.send(new CreateOrganisation(request.organisationId(), request.name(),
                request.kind(), partnerOf(request, actor)), actor);
        return ResponseEntity.created(URI.create("/api/organisations/" + request.organisationId()))
                .eTag(Revisions.entityTag(revision))
                .body(new CreatedOrganisation(request.organisationId()));
    }

    /** A partner creating a client may leave out its own id. */
    private static String partnerOf(OrganisationRequest request, Actor actor) {
        if (request.partnerId() == null && request.kind() == OrganisationKind.CLIENT && actor.role() == Role.PARTNER) {
            return actor.organisationId();
        }
        return request.partnerId();
    }

    public record OrganisationRequest(
            @NotNull @Pattern(regexp = OrganisationIds.PATTERN, message = OrganisationIds.PATTERN_MESSAGE)
            String organisationId,
            @NotBlank @Size(max = Organisation.MAX_NAME_LENGTH)
            @Pattern(regexp = PRINTABLE_TRIMMED, message = PRINTABLE_TRIMMED_MESSAGE) String name,
            @NotNull OrganisationKind kind,
            @Pattern(regexp = OrganisationIds.PATTERN, message = OrganisationIds.PATTERN_MESSAGE) String partnerId) {
    }

    public record CreatedOrganisation(String organisationId) {
    }
}
