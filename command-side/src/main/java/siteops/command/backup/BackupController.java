package siteops.command.backup;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.backup.BackUpSite;
import siteops.api.backup.BackupAccepted;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupState;
import siteops.api.backup.DeleteBackup;
import siteops.api.query.BackupView;
import siteops.api.site.Revisions;
import siteops.command.web.CommandSender;
import siteops.command.web.SitePaths;

import java.net.URI;
import java.util.UUID;

@RestController
public class BackupController {

    private final CommandSender commands;

    public BackupController(CommandSender commands) {
        this.commands = commands;
    }

    /**
     * Answers the backup as the command side knows it at once: pending, asked for now (the record
     * the read side keeps has the stored event's time, within milliseconds).
     */
    @PostMapping(path = "/api/sites/{siteId}/backups", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<BackupView> backUp(@PathVariable String siteId,
                                             @RequestBody(required = false) BackupRequest request,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             Actor actor) {
        SitePaths.requireWellFormed(siteId);
        String label = request == null ? null : request.label();
        BackupAccepted accepted = commands.send(new BackUpSite(siteId, UUID.randomUUID().toString(), label,
                Revisions.expectedBy(ifMatch)), actor);
        BackupRequested backup = accepted.backup();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/sites/" + siteId + "/backups/" + backup.backupId()))
                .eTag(Revisions.entityTag(accepted.revision()))
                .body(new BackupView(backup.backupId(), backup.siteId(), backup.kind(), backup.label(),
                        BackupState.PENDING, backup.version(), backup.edition(), backup.companies(), accepted.requestedAt(),
                        null, actor.userId(), null, null));
    }

    @DeleteMapping(path = "/api/sites/{siteId}/backups/{backupId}")
    public ResponseEntity<Void> delete(@PathVariable String siteId, @PathVariable String backupId,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       Actor actor) {
        SitePaths.requireWellFormed(siteId);
        long revision = commands.send(new DeleteBackup(siteId, backupId, Revisions.expectedBy(ifMatch)), actor);
        return ResponseEntity.noContent().eTag(Revisions.entityTag(revision)).build();
    }

    /** The label is the site's to check, like every rule of a backup. */
    public record BackupRequest(String label) {
    }
}
