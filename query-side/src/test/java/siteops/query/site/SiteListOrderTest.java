package siteops.query.site;

import org.junit.jupiter.api.Test;
import siteops.api.access.Actor;
import siteops.api.access.Role;
import siteops.api.query.SiteSummary;
import siteops.query.site.SiteListView.Slot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list's order after many batches of new and renamed sites (names often equal, so that the id
 * decides) is the order of the sites sorted afresh, for the fleet and for each partner and client.
 */
class SiteListOrderTest {

    private static final Comparator<SiteListEntry> LIST_ORDER = Comparator.comparing(SiteListEntry::sortName)
            .thenComparing(SiteListEntry::siteId);

    @Test
    void batchesOfNewAndRenamedSitesKeepTheListInNameOrder() {
        Random random = new Random(8);
        SiteListOrder order = SiteListOrder.EMPTY;
        Map<String, Slot> current = new HashMap<>();
        int nextSite = 0;
        for (int batch = 0; batch < 200; batch++) {
            List<Slot> added = new ArrayList<>();
            Set<Slot> removed = new HashSet<>();
            Set<String> inBatch = new HashSet<>();
            for (int change = random.nextInt(30); change >= 0; change--) {
                boolean rename = !current.isEmpty() && random.nextInt(3) == 0;
                String siteId = rename ? new ArrayList<>(current.keySet()).get(random.nextInt(current.size()))
                        : "site-" + nextSite++;
                if (!inBatch.add(siteId)) {
                    continue;
                }
                Slot before = current.get(siteId);
                if (before != null) {
                    removed.add(before);
                }
                Slot slot = new Slot(entry(siteId, "name-" + random.nextInt(50), "partner-" + random.nextInt(4),
                        "client-" + random.nextInt(9)));
                current.put(siteId, slot);
                added.add(slot);
            }
            order = order.with(added, removed);
        }

        List<SiteListEntry> all = current.values().stream().map(slot -> slot.entry).sorted(LIST_ORDER).toList();
        assertThat(listed(order, Actor.operator("operator"), all.size())).isEqualTo(all);
        for (int partner = 0; partner < 4; partner++) {
            String partnerId = "partner-" + partner;
            assertThat(listed(order, new Actor("user", Role.PARTNER, partnerId), all.size()))
                    .isEqualTo(all.stream().filter(entry -> entry.summary().partnerId().equals(partnerId)).toList());
        }
        for (int client = 0; client < 9; client++) {
            String clientId = "client-" + client;
            assertThat(listed(order, new Actor("user", Role.CLIENT, clientId), all.size()))
                    .isEqualTo(all.stream().filter(entry -> entry.summary().clientId().equals(clientId)).toList());
        }
    }

    private static List<SiteListEntry> listed(SiteListOrder order, Actor viewer, int atMost) {
        return order.page(viewer, SiteListFilter.EVERY_SITE, null, 0, atMost + 1).entries();
    }

    private static SiteListEntry entry(String siteId, String name, String partnerId, String clientId) {
        SiteSummary summary = new SiteSummary(siteId, name, null, null, null, null, null, null, null, null, null,
                false, null, partnerId, clientId, 1, null);
        return new SiteListEntry(summary, name, name, "", 1);
    }
}
