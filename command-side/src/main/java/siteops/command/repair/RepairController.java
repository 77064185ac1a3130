package siteops.command.repair;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.operation.OperationKind;
import siteops.api.operation.OperationState;
import siteops.api.query.OperationView;
import siteops.api.repair.RepairAccepted;
import siteops.api.repair.RepairSite;
import siteops.api.site.Revisions;
import siteops.command.web.CommandSender;
import siteops.command.web.SitePaths;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

@RestController
public class RepairController {

    private final CommandSender commands;

    public RepairController(CommandSender commands) {
        this.commands = commands;
    }

    /**
     * Answers the operation as the command side knows it at once: queued, nothing done yet, asked
     * for now (the record the read side keeps has the stored event's time, within milliseconds).
     */
    @PostMapping(path = "/api/sites/{siteId}/repairs", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<OperationView> repair(@PathVariable String siteId,
                                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                  Actor actor) {
        SitePaths.requireWellFormed(siteId);
        RepairAccepted accepted = commands.send(new RepairSite(siteId, UUID.randomUUID().toString(),
                Revisions.expectedBy(ifMatch)), actor);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/sites/" + siteId + "/operations/" + accepted.operationId()))
                .eTag(Revisions.entityTag(accepted.revision()))
                .body(new OperationView(accepted.operationId(), accepted.siteId(), OperationKind.REPAIR,
                        OperationState.QUEUED, actor.userId(), accepted.requestedAt(), null, null, 1, 0, null,
                        Map.of(), null));
    }
}
