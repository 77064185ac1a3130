package siteops.query.site;

import siteops.api.access.Actor;
import siteops.query.site.SiteListView.Slot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The sites in list order (name, then id), for the whole fleet, each partner and each client:
 * what a viewer may see is one array ({@link #visibleTo}), the read side's half of the tenancy
 * rule for lists, as {@link VisibleSites} is for one site. Immutable: a change of the set of
 * sites makes a new order, merged from the old one; a change of a site's fields does not.
 */
final class SiteListOrder {

    static final SiteListOrder EMPTY = new SiteListOrder(new Slot[0], Map.of(), Map.of());
    private static final Comparator<Slot> LIST_ORDER = (one, other) -> {
        int byName = one.sortName.compareTo(other.sortName);
        return byName != 0 ? byName : one.siteId.compareTo(other.siteId);
    };
    private static final Slot[] NONE = new Slot[0];

    private final Slot[] all;
    private final Map<String, Slot[]> byPartner;
    private final Map<String, Slot[]> byClient;

    private SiteListOrder(Slot[] all, Map<String, Slot[]> byPartner, Map<String, Slot[]> byClient) {
        this.all = all;
        this.byPartner = byPartner;
        this.byClient = byClient;
    }

    SiteListOrder with(Collection<Slot> added, Set<Slot> removed) {
        List<Slot> sortedAdded = new ArrayList<>(added);
        sortedAdded.sort(LIST_ORDER);
        return new SiteListOrder(merged(all, removed, sortedAdded),
                mergedPerOrganisation(byPartner, slot -> slot.partnerId, sortedAdded, removed),
                mergedPerOrganisation(byClient, slot -> slot.clientId, sortedAdded, removed));
    }

    private Slot[] visibleTo(Actor viewer) {
        return switch (viewer.role()) {
            case OPERATOR, AUDITOR -> all;
            case PARTNER -> byPartner.getOrDefault(viewer.organisationId(), NONE);
            case CLIENT -> byClient.getOrDefault(viewer.organisationId(), NONE);
        };
    }

    /**
     * The {@code size} matching sites from the {@code offset}-th, or, with a cursor, the first
     * {@code size} after it; and how many of the viewer's sites match in all.
     */
    SiteListPage page(Actor viewer, Predicate<SiteListEntry> matching, SiteCursor cursor, int offset, int size) {
        Slot[] visible = visibleTo(viewer);
        int from = cursor == null ? 0 : firstAfter(visible, cursor);
        if (matching == SiteListFilter.EVERY_SITE) {
            int start = (int) Math.min((long) from + offset, visible.length);
            int end = Math.min(start + size, visible.length);
            List<SiteListEntry> entries = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                entries.add(visible[i].entry);
            }
            return new SiteListPage(entries, visible.length, end < visible.length);
        }
        List<SiteListEntry> entries = new ArrayList<>(size);
        long matches = 0;
        long skipped = 0;
        boolean more = false;
        for (int i = 0; i < visible.length; i++) {
            SiteListEntry entry = visible[i].entry;
            if (!matching.test(entry)) {
                continue;
            }
            matches++;
            if (i < from) {
                continue;
            }
            if (skipped < offset) {
                skipped++;
            } else if (entries.size() < size) {
                entries.add(entry);
            } else {
                more = true;
            }
        }
        return new SiteListPage(entries, matches, more);
    }

    /** The position of the first site after the cursor. */
    private static int firstAfter(Slot[] slots, SiteCursor cursor) {
        int low = 0;
        int high = slots.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cursor.isBefore(slots[middle].sortName, slots[middle].siteId)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private static Map<String, Slot[]> mergedPerOrganisation(Map<String, Slot[]> current, Function<Slot, String> organisation,
                                                            List<Slot> sortedAdded, Set<Slot> removed) {
        Map<String, List<Slot>> addedPerOrganisation = new HashMap<>();
        for (Slot slot : sortedAdded) {
            if (organisation.apply(slot) != null) {
                addedPerOrganisation.computeIfAbsent(organisation.apply(slot), key -> new ArrayList<>()).add(slot);
            }
        }
        for (Slot slot : removed) {
            if (organisation.apply(slot) != null) {
                addedPerOrganisation.computeIfAbsent(organisation.apply(slot), key -> new ArrayList<>());
            }
        }
        if (addedPerOrganisation.isEmpty()) {
            return current;
        }
        Map<String, Slot[]> merged = new HashMap<>(current);
        addedPerOrganisation.forEach((id, added) ->
                merged.put(id, merged(current.getOrDefault(id, NONE), removed, added)));
        return Map.copyOf(merged);
    }

    /**
     * {@code slots} without {@code removed}, with {@code sortedAdded} in their places: each place
     * found by a binary search and the runs between copied whole, so that a batch of changes costs
     * a copy of the array rather than a comparison per site (a rebuild at 100,000 sites merges
     * hundreds of batches).
     */
    private static Slot[] merged(Slot[] slots, Set<Slot> removed, List<Slot> sortedAdded) {
        Slot[] kept = removed.isEmpty() ? slots : without(slots, removed);
        Slot[] merged = new Slot[kept.length + sortedAdded.size()];
        int from = 0;
        int next = 0;
        for (Slot slot : sortedAdded) {
            int at = firstAfter(kept, from, slot);
            System.arraycopy(kept, from, merged, next, at - from);
            next += at - from;
            merged[next++] = slot;
            from = at;
        }
        System.arraycopy(kept, from, merged, next, kept.length - from);
        return merged;
    }

    /** {@code slots} without those of {@code removed} it holds (found where their name and id place them). */
    private static Slot[] without(Slot[] slots, Set<Slot> removed) {
        int[] positions = removed.stream().mapToInt(slot -> positionOf(slots, slot)).filter(at -> at >= 0)
                .sorted().toArray();
        if (positions.length == 0) {
            return slots;
        }
        Slot[] kept = new Slot[slots.length - positions.length];
        int from = 0;
        int next = 0;
        for (int at : positions) {
            System.arraycopy(slots, from, kept, next, at - from);
            next += at - from;
            from = at + 1;
        }
        System.arraycopy(slots, from, kept, next, slots.length - from);
        return kept;
    }

    private static int positionOf(Slot[] slots, Slot slot) {
        int at = firstAfter(slots, 0, slot) - 1;
        return at >= 0 && slots[at] == slot ? at : -1;
    }

    /** The position, from {@code from} on, of the first slot that comes after {@code slot} in list order. */
    private static int firstAfter(Slot[] slots, int from, Slot slot) {
        int low = from;
        int high = slots.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (LIST_ORDER.compare(slots[middle], slot) > 0) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
