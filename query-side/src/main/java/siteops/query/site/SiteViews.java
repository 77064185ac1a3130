package siteops.query.site;

import org.bson.Document;
import siteops.api.access.Role;
import siteops.api.lifecycle.SiteLifecycle;
import siteops.api.query.CompanyView;
import siteops.api.query.SiteDetail;
import siteops.api.query.SiteSummary;
import siteops.api.query.UpdateProgress;
import siteops.api.site.Edition;
import siteops.api.site.SiteStatus;
import siteops.api.site.SiteType;
import siteops.api.site.TimeZoneLabels;
import siteops.query.operation.OperationFields;

import java.time.Instant;
import java.util.List;

import static siteops.query.store.Documents.enumValue;
import static siteops.query.store.Documents.instant;
import static siteops.query.store.Documents.intValue;

/** Turns a {@code sites} document into the views the routes answer. */
final class SiteViews {

    private SiteViews() {
    }

    static SiteSummary summary(Document site) {
        Edition edition = enumValue(site, "edition", Edition.class);
        String product = site.getString("product");
        return new SiteSummary(
                site.getString("_id"),
                site.getString("name"),
                status(site),
                product,
                edition,
                edition.productLabel(product),
                site.getString("version"),
                site.getString("plan"),
                enumValue(site, "type", SiteType.class),
                site.getString("timeZone"),
                TimeZoneLabels.labelOf(site.getString("timeZone")),
                site.getBoolean("siteAdministration", false),
                site.getString("serialNumber"),
                site.getString("partnerId"),
                site.getString("clientId"),
                intValue(site, "companyCount"),
                instant(site, "lastChangedAt"));
    }

    /** {@code now}: the instant the running update's and operation's {@code eta} are estimated at. */
    static SiteDetail detail(Document site, Role viewer, boolean newerVersionPublished, Instant now) {
        SiteSummary summary = summary(site);
        Document runningUpdate = site.get(SiteCollection.CURRENT_UPDATE, Document.class);
        UpdateProgress currentUpdate = runningUpdate == null ? null : UpdateProgressFields.toProgress(runningUpdate, now);
        Document runningOperation = site.get(OperationFields.SITE_CURRENT_OPERATION, Document.class);
        List<CompanyView> companies = site.getList("companies", Document.class).stream()
                .map(company -> new CompanyView(company.getString("name"), company.getString("version")))
                .toList();
        return new SiteDetail(summary.siteId(), summary.name(), summary.status(), summary.product(),
                summary.edition(), summary.productLabel(), summary.version(), summary.plan(), summary.type(),
                summary.timeZone(), summary.timeZoneLabel(), summary.siteAdministration(), summary.serialNumber(), summary.partnerId(),
                summary.clientId(), summary.companyCount(), summary.lastChangedAt(), companies,
                summary.status().connectionsAllowed(), currentUpdate,
                runningOperation == null ? null : OperationFields.toView(runningOperation, now),
                SiteLifecycle.allowedOperations(summary.status(), viewer, summary.edition(), newerVersionPublished));
    }

    static SiteStatus status(Document site) {
        return enumValue(site, "status", SiteStatus.class);
    }
}
