package siteops.query.backup;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import siteops.api.query.FindSiteBackup;
import siteops.api.query.FindSiteBackups;
import siteops.api.query.BackupPage;
import siteops.api.query.BackupView;
import siteops.api.refusal.RefusalCode;
import siteops.query.site.VisibleSites;
import siteops.query.store.SiteEntries;


@Component
public class BackupQueryHandler {

    private final BackupCollection backups;
    private final VisibleSites visibleSites;

    public BackupQueryHandler(BackupCollection backups, VisibleSites visibleSites) {
        this.backups = backups;
        this.visibleSites = visibleSites;
    }

    @QueryHandler
    public BackupPage handle(FindSiteBackups query) {
        visibleSites.require(query.viewer(), query.siteId());
        SiteEntries.Page<BackupView> page = backups.entries().newestFirst(query.siteId(),
                query.page(), BackupViews::of);
        return BackupPage.of(page.items(), query.page(), page.totalItems());
    }

    @QueryHandler
    public BackupView handle(FindSiteBackup query) {
        visibleSites.require(query.viewer(), query.siteId());
        return BackupViews.of(backups.entries().one(query.siteId(), query.backupId(),
                RefusalCode.BACKUP_NOT_FOUND, "backup"));
    }
}
