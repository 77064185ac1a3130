package siteops.query.site;

import siteops.api.query.SiteFilter;
import siteops.api.text.TextFolding;

import java.util.function.Predicate;

/**
 * The sites a {@link SiteFilter} keeps. The text is found within the name or the serial number
 * as typed, whatever its case, or within their folded forms: "strasse" finds "Straße", "h328128"
 * a full-width serial number.
 */
final class SiteListFilter {

    /** No filter: the list then knows its count and its pages without looking at the sites. */
    static final Predicate<SiteListEntry> EVERY_SITE = entry -> true;

    private SiteListFilter() {
    }

    static Predicate<SiteListEntry> of(SiteFilter filter) {
        String text = filter.text() == null || filter.text().isBlank() ? null : filter.text().trim();
        if (filter.status() == null && filter.edition() == null && filter.type() == null && text == null) {
            return EVERY_SITE;
        }
        String folded = text == null ? null : TextFolding.fold(text);
        FilteredFields fields = FilteredFields.of(filter);
        return entry -> fields.match(entry.filteredFields())
                && (text == null || entry.foldedName().contains(folded) || entry.foldedSerialNumber().contains(folded)
                || containsIgnoringCase(entry.summary().name(), text)
                || containsIgnoringCase(entry.summary().serialNumber(), text));
    }

    private static boolean containsIgnoringCase(String value, String text) {
        for (int start = 0; start + text.length() <= value.length(); start++) {
            if (value.regionMatches(true, start, text, 0, text.length())) {
                return true;
            }
        }
        return false;
    }
}
