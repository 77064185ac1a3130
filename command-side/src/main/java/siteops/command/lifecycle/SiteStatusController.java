package siteops.command.lifecycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.lifecycle.LockSite;
import siteops.api.lifecycle.ResumeSite;
import siteops.api.lifecycle.SiteStatusOutcome;
import siteops.api.lifecycle.SuspendSite;
import siteops.api.lifecycle.UnlockSite;
import siteops.api.site.Revisions;
import siteops.command.web.CommandSender;
import siteops.command.web.SitePaths;

/** Lock and unlock, suspend and resume: operations that change a site's status at once. */
@RestController
public class SiteStatusController {

    private final CommandSender commands;

    public SiteStatusController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping(path = "/api/sites/{siteId}/lock", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SiteStatusOutcome> lock(@PathVariable String siteId, @Valid @RequestBody ReasonRequest request,
                                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                  Actor actor) {
        SitePaths.requireWellFormed(siteId);
        return answer(commands.send(new LockSite(siteId, request.reason(), Revisions.expectedBy(ifMatch)), actor));
    }

    @PostMapping(path = "/api/sites/{siteId}/unlock", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SiteStatusOutcome> unlock(@PathVariable String siteId,
                                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                    Actor actor) {
        SitePaths.requireWellFormed(siteId);
        return answer(commands.send(new UnlockSite(siteId, Revisions.expectedBy(ifMatch)), actor));
    }

    @PostMapping(path = "/api/sites/{siteId}/suspend", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SiteStatusOutcome> suspend(@PathVariable String siteId,
                                                     @Valid @RequestBody ReasonRequest request,
                                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                     Actor actor) {
        SitePaths.requireWellFormed(siteId);
        return answer(commands.send(new SuspendSite(siteId, request.reason(), Revisions.expectedBy(ifMatch)), actor));
    }

    @PostMapping(path = "/api/sites/{siteId}/resume", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SiteStatusOutcome> resume(@PathVariable String siteId,
                                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                    Actor actor) {
        SitePaths.requireWellFormed(siteId);
        return answer(commands.send(new ResumeSite(siteId, Revisions.expectedBy(ifMatch)), actor));
    }

    private static ResponseEntity<SiteStatusOutcome> answer(SiteStatusOutcome outcome) {
        return ResponseEntity.ok().eTag(Revisions.entityTag(outcome.revision())).body(outcome);
    }

    /** Why the site is locked or suspended: shown to its users and kept in its history (the site checks it). */
    public record ReasonRequest(@NotNull String reason) {
    }
}
