package siteops.command.restore;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.operation.OperationKind;
import siteops.api.operation.OperationState;
import siteops.api.query.OperationView;
import siteops.api.restore.RestoreAccepted;
import siteops.api.restore.RestoreBackup;
import siteops.api.site.Revisions;
import siteops.command.web.CommandSender;
import siteops.command.web.SitePaths;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

@RestController
public class RestoreController {

    private final CommandSender commands;

    public RestoreController(CommandSender commands) {
        this.commands = commands;
    }

    /**
     * Answers the operation as the command side knows it at once: queued, nothing done yet, asked
     * for now (the record the read side keeps has the stored event's time, within milliseconds).
     */
    @PostMapping(path = "/api/sites/{siteId}/restores", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<OperationView> restore(@PathVariable String siteId, @RequestBody RestoreRequest request,
                                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 Actor actor) {
        SitePaths.requireWellFormed(siteId);
        RestoreAccepted accepted = commands.send(new RestoreBackup(siteId, UUID.randomUUID().toString(),
                request.backupId(), Revisions.expectedBy(ifMatch)), actor);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/sites/" + siteId + "/operations/" + accepted.operationId()))
                .eTag(Revisions.entityTag(accepted.revision()))
                .body(new OperationView(accepted.operationId(), accepted.siteId(), OperationKind.RESTORE_BACKUP,
                        OperationState.QUEUED, actor.userId(), accepted.requestedAt(), null, null, 1, 0, null,
                        Map.of("backupId", accepted.backupId()), null));
    }

    /** Which backup is the site's to check, like every rule of a restore. */
    public record RestoreRequest(String backupId) {
    }
}
