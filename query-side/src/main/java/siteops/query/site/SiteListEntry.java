package siteops.query.site;

import org.bson.Document;
import siteops.api.query.SiteSummary;
import siteops.api.text.TextFolding;
import siteops.query.store.ReadModelWrites;

import java.util.Locale;
import java.util.function.Supplier;

import static siteops.query.store.Documents.longValue;

/**
 * What the site list keeps of one site: the summary it answers, the keys it orders and searches
 * by, its status, edition and type packed in one number ({@link FilteredFields}: a filter's scan of
 * the fleet reads them without reaching the summary), and the revision of the {@code sites}
 * document it was read from (a read of an older document never replaces it).
 */
record SiteListEntry(SiteSummary summary, String sortName, String foldedName, String foldedSerialNumber,
                     int filteredFields, long revision) {

    SiteListEntry(SiteSummary summary, String sortName, String foldedName, String foldedSerialNumber, long revision) {
        this(summary, sortName, foldedName, foldedSerialNumber,
                FilteredFields.of(summary.status(), summary.edition(), summary.type()), revision);
    }

    static SiteListEntry of(Document site, Canonical canonical) {
        SiteSummary read = SiteViews.summary(site);
        SiteSummary summary = new SiteSummary(read.siteId(), read.name(), read.status(),
                canonical.of(read.product()), read.edition(), canonical.of(read.productLabel()),
                canonical.of(read.version()), canonical.of(read.plan()), read.type(), canonical.of(read.timeZone()), read.timeZoneLabel(),
                read.siteAdministration(), read.serialNumber(), canonical.of(read.partnerId()),
                canonical.of(read.clientId()), read.companyCount(), read.lastChangedAt());
        String sortName = orElse(site.getString(SiteCollection.SORT_NAME), () -> read.name().toLowerCase(Locale.ROOT));
        // Documents written before the folded forms existed have none: folded here, as a search expects.
        String foldedName = orElse(site.getString(SiteCollection.FOLDED_NAME), () -> TextFolding.fold(read.name()));
        String foldedSerialNumber = orElse(site.getString(SiteCollection.FOLDED_SERIAL_NUMBER),
                () -> TextFolding.fold(read.serialNumber()));
        return new SiteListEntry(summary, sortName, foldedName.equals(sortName) ? sortName : foldedName,
                foldedSerialNumber, longValue(site, ReadModelWrites.REVISION));
    }

    String siteId() {
        return summary.siteId();
    }

    /** The same place in the list and the same viewers: only the entry's fields changed. */
    boolean samePlaceAs(SiteListEntry other) {
        return sortName.equals(other.sortName) && equal(summary.partnerId(), other.summary.partnerId())
                && equal(summary.clientId(), other.summary.clientId());
    }

    private static boolean equal(String one, String other) {
        return one == null ? other == null : one.equals(other);
    }

    private static String orElse(String value, Supplier<String> fallback) {
        return value == null ? fallback.get() : value;
    }
}
