package siteops.app.console;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import siteops.api.access.Actor;
import siteops.api.backup.BackupState;
import siteops.api.query.AvailableVersionPage;
import siteops.api.query.BackupPage;
import siteops.api.query.FindAvailableUpdates;
import siteops.api.query.FindSiteBackups;
import siteops.api.query.PageRequest;
import siteops.api.query.SiteDetailResult;
import siteops.api.site.Edition;
import siteops.api.site.TimeZoneLabels;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.query.site.SiteDetails;
import siteops.query.web.QueryAnswers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dialogs the operations panel opens, each with the site's revision as the page showed it,
 * which the command then expects: a site changed meanwhile is refused, not acted on blindly.
 */
@Controller
@ConditionalOnProcessRole({ProcessRole.COMMAND, ProcessRole.QUERY})
class SiteDialogs {

    /** The seed's update dialog pages its versions ten at a time. */
    static final int VERSIONS_PER_PAGE = 10;

    private final SiteDetails details;
    private final QueryAnswers queries;

    SiteDialogs(SiteDetails details, QueryAnswers queries) {
        this.details = details;
        this.queries = queries;
    }

    @GetMapping("/sites/{siteId}/dialogs/update")
    String update(@PathVariable String siteId, @RequestParam(defaultValue = "1") int page, Actor actor, Model model) {
        site(siteId, actor, model);
        AvailableVersionPage versions = queries.ask(new FindAvailableUpdates(actor, siteId,
                new PageRequest(page, VERSIONS_PER_PAGE)), ResponseTypes.instanceOf(AvailableVersionPage.class));
        model.addAttribute("versions", versions);
        model.addAttribute("paging", new Paging(page, VERSIONS_PER_PAGE, versions.totalItems(), versions.totalPages()));
        return "console/dialogs :: update";
    }

    @GetMapping("/sites/{siteId}/dialogs/update-confirmation")
    String updateConfirmation(@PathVariable String siteId, @RequestParam String targetVersion,
                              @RequestParam long revision, Model model) {
        model.addAttribute("siteId", siteId);
        model.addAttribute("revision", revision);
        model.addAttribute("targetVersion", targetVersion);
        return "console/dialogs :: update-confirmation";
    }

    @GetMapping("/sites/{siteId}/dialogs/migrate-product")
    String migrateProduct(@PathVariable String siteId, Actor actor, Model model) {
        SiteDetailResult site = site(siteId, actor, model);
        model.addAttribute("targetEdition", Arrays.stream(Edition.values())
                .filter(edition -> site.site().edition().canMigrateTo(edition)).findFirst().orElse(null));
        return "console/dialogs :: migrate-product";
    }

    @GetMapping("/sites/{siteId}/dialogs/modify")
    String modify(@PathVariable String siteId, Actor actor, Model model) {
        SiteDetailResult site = site(siteId, actor, model);
        model.addAttribute("timeZones", zonesOffered(site.site().timeZone()));
        return "console/dialogs :: modify";
    }

    @GetMapping("/sites/{siteId}/dialogs/{operation:lock|suspend}")
    String withReason(@PathVariable String siteId, @PathVariable String operation, Actor actor, Model model) {
        site(siteId, actor, model);
        model.addAttribute("operation", operation);
        return "console/dialogs :: reason";
    }

    @GetMapping("/sites/{siteId}/dialogs/{operation:unlock|resume|repair}")
    String confirmation(@PathVariable String siteId, @PathVariable String operation, Actor actor, Model model) {
        site(siteId, actor, model);
        model.addAttribute("operation", operation);
        return "console/dialogs :: confirmation";
    }

    @GetMapping("/sites/{siteId}/dialogs/back-up")
    String backUp(@PathVariable String siteId, Actor actor, Model model) {
        site(siteId, actor, model);
        return "console/dialogs :: back-up";
    }

    @GetMapping("/sites/{siteId}/dialogs/restore-backup")
    String restore(@PathVariable String siteId, @RequestParam(defaultValue = "1") int page, Actor actor, Model model) {
        site(siteId, actor, model);
        BackupPage backups = backups(siteId, page, actor, model);
        model.addAttribute("restorable", backups.items().stream()
                .filter(backup -> backup.state() == BackupState.COMPLETED).toList());
        return "console/dialogs :: restore-backup";
    }

    @GetMapping("/sites/{siteId}/dialogs/restore-confirmation")
    String restoreConfirmation(@PathVariable String siteId, @RequestParam String backupId, @RequestParam long revision,
                               Model model) {
        model.addAttribute("siteId", siteId);
        model.addAttribute("revision", revision);
        model.addAttribute("backupId", backupId);
        return "console/dialogs :: restore-confirmation";
    }

    @GetMapping("/sites/{siteId}/dialogs/manage-backups")
    String manageBackups(@PathVariable String siteId, @RequestParam(defaultValue = "1") int page, Actor actor,
                         Model model) {
        site(siteId, actor, model);
        backups(siteId, page, actor, model);
        return "console/dialogs :: manage-backups";
    }

    /** One choice per label: the site's own zone in place of the offered one it shares its label with. */
    static List<String> zonesOffered(String current) {
        String currentLabel = TimeZoneLabels.labelOf(current);
        List<String> zones = new ArrayList<>(TimeZoneLabels.offered().stream()
                .map(zone -> TimeZoneLabels.labelOf(zone).equals(currentLabel) ? current : zone)
                .toList());
        if (!zones.contains(current)) {
            zones.add(0, current);
        }
        return zones;
    }

    private SiteDetailResult site(String siteId, Actor actor, Model model) {
        SiteDetailResult site = details.of(siteId, actor);
        model.addAttribute("siteId", siteId);
        model.addAttribute("site", site.site());
        model.addAttribute("revision", site.revision());
        return site;
    }

    private BackupPage backups(String siteId, int page, Actor actor, Model model) {
        BackupPage backups = queries.ask(new FindSiteBackups(actor, siteId, new PageRequest(page, SitePages.TABLE_SIZE)),
                ResponseTypes.instanceOf(BackupPage.class));
        model.addAttribute("backups", backups);
        model.addAttribute("paging", new Paging(page, SitePages.TABLE_SIZE, backups.totalItems(), backups.totalPages()));
        return backups;
    }
}
