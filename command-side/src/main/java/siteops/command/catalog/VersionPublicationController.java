package siteops.command.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import siteops.api.access.Actor;
import siteops.api.catalog.PublishVersion;
import siteops.api.catalog.VersionKind;
import siteops.api.query.CatalogVersion;
import siteops.command.web.CommandSender;
import siteops.api.site.Revisions;
import siteops.command.web.VersionInput;

import java.time.LocalDate;

import java.util.Locale;

@RestController
public class VersionPublicationController {

    private final CommandSender commands;

    public VersionPublicationController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping(path = "/api/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CatalogVersion> publish(@Valid @RequestBody VersionPublicationRequest request, Actor actor,
                                                  Locale language) {
        String version = VersionInput.canonical("version", request.version());
        long revision = commands.send(new PublishVersion(request.product(), version, request.releasedOn(),
                request.kind()), actor);
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/versions")
                        .queryParam("product", request.product()).encode().build().toUri())
                .eTag(Revisions.entityTag(revision))
                .body(new CatalogVersion(request.product(), version, request.releasedOn(), request.kind(),
                        request.kind().labelOf(version, language)));
    }

    public record VersionPublicationRequest(
            @NotBlank @Size(max = 100) String product,
            @NotBlank @Size(max = 40) String version,
            @NotNull LocalDate releasedOn,
            @NotNull VersionKind kind) {
    }
}
