package siteops.query.backup;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.api.query.FindSiteBackup;
import siteops.api.query.FindSiteBackups;
import siteops.api.query.BackupPage;
import siteops.api.query.BackupView;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.query.site.VisibleSites;

import java.util.ArrayList;
import java.util.List;

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
        var ofSite = Filters.eq("siteId", query.siteId());
        List<BackupView> page = backups.documents().find(ofSite)
                .sort(Sorts.descending("sequence"))
                .skip(query.page().offset())
                .limit(query.page().size())
                .map(BackupViews::of)
                .into(new ArrayList<>());
        return BackupPage.of(page, query.page(), backups.documents().countDocuments(ofSite));
    }

    @QueryHandler
    public BackupView handle(FindSiteBackup query) {
        visibleSites.require(query.viewer(), query.siteId());
        Document backup = backups.documents()
                .find(Filters.and(Filters.eq("_id", query.backupId()), Filters.eq("siteId", query.siteId())))
                .first();
        if (backup == null) {
            throw new RefusedException(RefusalCode.BACKUP_NOT_FOUND,
                    "no backup " + query.backupId() + " of site " + query.siteId());
        }
        return BackupViews.of(backup);
    }
}
