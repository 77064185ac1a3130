package siteops.command.site;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.site.ChangeSiteSettings;
import siteops.api.site.Revisions;
import siteops.api.site.SiteSettings;
import siteops.command.web.CommandSender;
import siteops.command.web.SitePaths;

/** Modify: a JSON merge patch (RFC 7396) of a site's plan, time zone and site administration. */
@RestController
public class SiteSettingsController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final CommandSender commands;

    public SiteSettingsController(CommandSender commands) {
        this.commands = commands;
    }

    @PatchMapping(path = "/api/sites/{siteId}", consumes = MERGE_PATCH_JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ModifiedSite> modify(@PathVariable String siteId, @RequestBody JsonNode patch,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                               Actor actor) {
        SitePaths.requireWellFormed(siteId);
        SettingsPatch settings = SettingsPatch.of(patch);
        SiteSettings outcome = commands.send(new ChangeSiteSettings(siteId, settings.plan(), settings.timeZone(),
                settings.siteAdministration(), Revisions.expectedBy(ifMatch)), actor);
        return ResponseEntity.ok()
                .eTag(Revisions.entityTag(outcome.revision()))
                .body(new ModifiedSite(outcome.siteId(), outcome.plan(), outcome.timeZone(),
                        outcome.siteAdministration(), outcome.revision()));
    }

    public record ModifiedSite(String siteId, String plan, String timeZone, boolean siteAdministration, long revision) {
    }
}
