package siteops.app.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import siteops.api.access.Actor;
import siteops.api.backup.BackUpSite;
import siteops.api.backup.BackupAccepted;
import siteops.api.backup.DeleteBackup;
import siteops.api.lifecycle.LockSite;
import siteops.api.lifecycle.ResumeSite;
import siteops.api.lifecycle.SiteStatusOutcome;
import siteops.api.lifecycle.SuspendSite;
import siteops.api.lifecycle.UnlockSite;
import siteops.api.repair.RepairAccepted;
import siteops.api.repair.RepairSite;
import siteops.api.restore.RestoreAccepted;
import siteops.api.restore.RestoreBackup;
import siteops.api.site.ChangeSiteSettings;
import siteops.api.site.Edition;
import siteops.api.site.MigrateProduct;
import siteops.api.site.ProductMigrationOutcome;
import siteops.api.site.SiteSettings;
import siteops.api.update.RequestUpdate;
import siteops.api.update.UpdateAccepted;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.command.web.CommandSender;
import siteops.command.web.SitePaths;
import siteops.command.web.VersionInput;
import siteops.query.site.SiteDetails;

import java.util.UUID;

/**
 * What the dialogs send: the very commands of the {@code /api} routes, with the revision the
 * dialog showed as the one expected. The site decides; the answer is the site's panel as the read
 * side shows it once it has the change (or, for a plain form, the site's page again).
 */
@Controller
@ConditionalOnProcessRole({ProcessRole.COMMAND, ProcessRole.QUERY})
class SiteActions {

    private final CommandSender commands;
    private final SiteDetails details;

    SiteActions(CommandSender commands, SiteDetails details) {
        this.commands = commands;
        this.details = details;
    }

    @PostMapping("/sites/{siteId}/updates")
    String update(@PathVariable String siteId, @RequestParam String targetVersion, @RequestParam long revision,
                  Actor actor, HttpServletRequest request, Model model) throws InterruptedException {
        SitePaths.requireWellFormed(siteId);
        UpdateAccepted accepted = commands.send(new RequestUpdate(siteId, UUID.randomUUID().toString(),
                VersionInput.canonical("targetVersion", targetVersion), revision), actor);
        return panel(siteId, accepted.revision(), actor, request, model);
    }

    @PostMapping("/sites/{siteId}/product-migrations")
    String migrate(@PathVariable String siteId, @RequestParam Edition targetEdition, @RequestParam long revision,
                   Actor actor, HttpServletRequest request, Model model) throws InterruptedException {
        SitePaths.requireWellFormed(siteId);
        ProductMigrationOutcome outcome = commands.send(new MigrateProduct(siteId, targetEdition, null, revision),
                actor);
        return panel(siteId, outcome.revision(), actor, request, model);
    }

    @PostMapping("/sites/{siteId}/settings")
    String modify(@PathVariable String siteId, @RequestParam String plan, @RequestParam String timeZone,
                  @RequestParam boolean siteAdministration, @RequestParam long revision, Actor actor,
                  HttpServletRequest request, Model model) throws InterruptedException {
        SitePaths.requireWellFormed(siteId);
        SiteSettings outcome = commands.send(new ChangeSiteSettings(siteId, plan, timeZone, siteAdministration,
                revision), actor);
        return panel(siteId, outcome.revision(), actor, request, model);
    }

    @PostMapping("/sites/{siteId}/lock")
    String lock(@PathVariable String siteId, @RequestParam String reason, @RequestParam long revision, Actor actor,
                HttpServletRequest request, Model model) throws InterruptedException {
        SitePaths.requireWellFormed(siteId);
        SiteStatusOutcome outcome = commands.send(new LockSite(siteId, reason, revision), actor);
        return panel(siteId, outcome.revision(), actor, request, model);
    }

    @PostMapping("/sites/{siteId}/unlock")
    String unlock(@PathVariable String siteId, @RequestParam long revision, Actor actor, HttpServletRequest request,
                  Model model) throws InterruptedException {
        SitePaths.requireWellFormed(siteId);
        SiteStatusOutcome outcome = commands.send(new UnlockSite(siteId, revision), actor);
        return panel(siteId, outcome.revision(), actor, request, model);
    }

    @PostMapping("/sites/{siteId}/suspend")
    String suspend(@PathVariable String siteId, @RequestParam String reason, @RequestParam long revision,
                   Actor actor, HttpServletRequest request, Model model) throws InterruptedException {
        SitePaths.requireWellFormed(siteId);
        SiteStatusOutcome outcome = commands.send(new SuspendSite(siteId, reason, revision), actor);
        return panel(siteId, outcome.revision(), actor, request, model);
    }

    @PostMapping("/sites/{siteId}/resume")
    String resume(@PathVariable String siteId, @RequestParam long revision, Actor actor, HttpServletRequest request,
                  Model model) throws InterruptedException {
        SitePaths.requireWellFormed(siteId);
        SiteStatusOutcome outcome = commands.send(new ResumeSite(siteId, revision), actor);
        return panel(siteId, outcome.revision(), actor, request, model);
    }

    @PostMapping("/sites/{siteId}/repair")
    String repair(@PathVariable String siteId, @RequestParam long revision, Actor actor, HttpServletRequest request,
                  Model model) throws InterruptedException {
        SitePaths.requireWellFormed(siteId);
        RepairAccepted accepted = commands.send(new RepairSite(siteId, UUID.randomUUID().toString(), revision), actor);
        return panel(siteId, accepted.revision(), actor, request, model);
    }

    @PostMapping("/sites/{siteId}/backups")
    String backUp(@PathVariable String siteId, @RequestParam(required = false) String label,
                  @RequestParam long revision, Actor actor, HttpServletRequest request, Model model)
            throws InterruptedException {
        SitePaths.requireWellFormed(siteId);
        BackupAccepted accepted = commands.send(new BackUpSite(siteId, UUID.randomUUID().toString(),
                label == null || label.isBlank() ? null : label, revision), actor);
        return panel(siteId, accepted.revision(), actor, request, model);
    }

    @PostMapping("/sites/{siteId}/restores")
    String restore(@PathVariable String siteId, @RequestParam String backupId, @RequestParam long revision,
                   Actor actor, HttpServletRequest request, Model model) throws InterruptedException {
        SitePaths.requireWellFormed(siteId);
        RestoreAccepted accepted = commands.send(new RestoreBackup(siteId, UUID.randomUUID().toString(), backupId,
                revision), actor);
        return panel(siteId, accepted.revision(), actor, request, model);
    }

    /** Expects no revision: a deletion concerns the backup only, and the site refuses it while a restore uses it. */
    @PostMapping("/sites/{siteId}/backups/{backupId}/deletion")
    String deleteBackup(@PathVariable String siteId, @PathVariable String backupId, Actor actor,
                        HttpServletRequest request, Model model) throws InterruptedException {
        SitePaths.requireWellFormed(siteId);
        long revision = commands.send(new DeleteBackup(siteId, backupId, null), actor);
        return panel(siteId, revision, actor, request, model);
    }

    private String panel(String siteId, long revision, Actor actor, HttpServletRequest request, Model model)
            throws InterruptedException {
        if (!Htmx.isHtmx(request)) {
            return "redirect:/sites/" + siteId;
        }
        SitePages.live(details.ofAtLeast(siteId, revision, actor), actor, model);
        model.addAttribute("closeDialog", true);
        return "console/site :: live";
    }
}
