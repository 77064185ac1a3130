package siteops.query.site;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import siteops.api.lifecycle.SiteLocked;
import siteops.api.lifecycle.SiteResumed;
import siteops.api.lifecycle.SiteSuspended;
import siteops.api.lifecycle.SiteUnlocked;
import siteops.api.site.Edition;
import siteops.api.site.ProductMigrated;
import siteops.api.site.SiteRegistered;
import siteops.api.site.SiteType;
import siteops.api.update.CompanyConversionFailed;
import siteops.api.update.CompanyConverted;
import siteops.api.update.CompanyRestored;
import siteops.api.update.UpdateCompleted;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateRolledBack;
import siteops.api.update.UpdateStarted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A site's whole life as the event store holds it: registered, a rolled-back update, a completed one,
 * a migration, a lock and a suspension.
 */
public final class SiteLifecycleEvents {

    public static final String SITE = "11111111-1111-1111-1111-111111111111";
    private static final List<String> COMPANIES = List.of("BIJOU", "GESCOM");
    private static final Instant START = Instant.parse("2021-12-08T09:30:00Z");

    private SiteLifecycleEvents() {
    }

    public static List<DomainEventMessage<?>> all() {
        List<Object> payloads = List.of(
                new SiteRegistered(SITE, "SAGE-CS", "Sage 100", Edition.Essentials, "2020.3", "Normal",
                        SiteType.Staging, "Europe/Paris", true, "H328128", "acme", "client", COMPANIES),
                new UpdateRequested(SITE, "u1", "2020.3", "2021.3", COMPANIES),
                new UpdateStarted(SITE, "u1", "2020.3", "2021.3", COMPANIES, null),
                new CompanyConverted(SITE, "u1", "BIJOU", "2021.3"),
                new CompanyConversionFailed(SITE, "u1", "GESCOM", "disk full"),
                new CompanyRestored(SITE, "u1", "BIJOU", "2020.3"),
                new UpdateRolledBack(SITE, "u1", "2020.3", "GESCOM", "disk full", null),
                new UpdateRequested(SITE, "u2", "2020.3", "2021.3", COMPANIES),
                new UpdateStarted(SITE, "u2", "2020.3", "2021.3", COMPANIES, null),
                new CompanyConverted(SITE, "u2", "BIJOU", "2021.3"),
                new CompanyConverted(SITE, "u2", "GESCOM", "2021.3"),
                new UpdateCompleted(SITE, "u2", "2020.3", "2021.3"),
                new ProductMigrated(SITE, Edition.Essentials, Edition.Premium, "2021.3"),
                new SiteLocked(SITE, "security audit"),
                new SiteUnlocked(SITE),
                new SiteSuspended(SITE, "unpaid"),
                new SiteResumed(SITE));
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int sequence = 0; sequence < payloads.size(); sequence++) {
            events.add(new GenericDomainEventMessage<>("Site", SITE, sequence, payloads.get(sequence),
                    MetaData.with("actor", "acme"), "event-" + sequence, START.plusSeconds(sequence)));
        }
        return events;
    }
}
