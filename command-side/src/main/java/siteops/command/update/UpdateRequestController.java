package siteops.command.update;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.site.SiteStatus;
import siteops.api.update.RequestUpdate;
import siteops.api.update.UpdateAccepted;
import siteops.command.web.CommandSender;
import siteops.api.site.Revisions;
import siteops.command.web.SitePaths;
import siteops.command.web.VersionInput;

import java.net.URI;
import java.util.UUID;

@RestController
public class UpdateRequestController {

    private final CommandSender commands;

    public UpdateRequestController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping(path = "/api/sites/{siteId}/updates", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RequestedUpdate> request(@PathVariable String siteId,
                                                   @Valid @RequestBody UpdateRequest request,
                                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                   Actor actor) {
        SitePaths.requireWellFormed(siteId);
        UpdateAccepted accepted = commands.send(new RequestUpdate(siteId, UUID.randomUUID().toString(),
                VersionInput.canonical("targetVersion", request.targetVersion()), Revisions.expectedBy(ifMatch)),
                actor);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/sites/" + siteId + "/updates/" + accepted.updateId()))
                .eTag(Revisions.entityTag(accepted.revision()))
                .body(new RequestedUpdate(accepted.updateId(), accepted.siteId(), accepted.status()));
    }

    public record UpdateRequest(@NotBlank @Size(max = 40) String targetVersion) {
    }

    public record RequestedUpdate(String updateId, String siteId, SiteStatus status) {
    }
}
