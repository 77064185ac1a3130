package siteops.app.demo;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import siteops.api.access.Actor;
import siteops.api.backup.BackUpSite;
import siteops.api.catalog.Products;
import siteops.api.catalog.PublishVersion;
import siteops.api.catalog.PublishedVersionId;
import siteops.api.catalog.VersionKind;
import siteops.api.lifecycle.LockSite;
import siteops.api.lifecycle.SuspendSite;
import siteops.api.organisation.CreateOrganisation;
import siteops.api.organisation.OrganisationKind;
import siteops.api.site.Edition;
import siteops.api.site.RegisterSite;
import siteops.api.site.SiteIds;
import siteops.api.site.SiteType;
import siteops.api.update.RequestUpdate;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.app.web.UserOrganisations;
import siteops.command.web.CommandSender;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo's organisations, catalog and sites, sent as commands (so they show in the history) on the first
 * start of the embedded default. Each item is sent only if the event store does not have it yet,
 * so the seeding runs once, and completes on the next start if it was interrupted.
 */
@ConditionalOnProcessRole(ProcessRole.COMMAND)
@Component
@ConditionalOnProperty(name = "siteops.demo.enabled", havingValue = "true")
public class DemoData {

    static final Actor SEEDER = Actor.operator("siteops-demo");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String SAGE_100 = Products.SAGE_100;

    /** The demo users' organisations (application.yml): two partners and their clients. */
    static final List<CreateOrganisation> ORGANISATIONS = List.of(
            new CreateOrganisation("acme", "Acme Conseil", OrganisationKind.PARTNER, null),
            new CreateOrganisation("globex", "Globex Services", OrganisationKind.PARTNER, null),
            new CreateOrganisation("client", "Client SA", OrganisationKind.CLIENT, "acme"),
            new CreateOrganisation("bistro", "Bistro du Port", OrganisationKind.CLIENT, "acme"),
            new CreateOrganisation("initech", "Initech Iberia", OrganisationKind.CLIENT, "globex"));

    static final List<PublishVersion> CATALOG = List.of(
            new PublishVersion(SAGE_100, "2019.5", LocalDate.of(2019, 10, 15), VersionKind.FULL),
            new PublishVersion(SAGE_100, "2020.1", LocalDate.of(2020, 4, 20), VersionKind.FULL),
            new PublishVersion(SAGE_100, "2020.3", LocalDate.of(2020, 10, 5), VersionKind.PATCH),
            new PublishVersion(SAGE_100, "2021.3", LocalDate.of(2021, 12, 8), VersionKind.FULL));

    static final List<RegisterSite> SITES = List.of(
            site("SAGE-CS", Edition.Premium, "2020.3", SiteType.Staging, "Europe/Paris", true, "H328128",
                    "acme", "client", List.of("BIJOU", "GESCOM", "PAIE")),
            site("SAGE-CS-PROD", Edition.Premium, "2020.3", SiteType.Production, "Europe/Paris", true, "H328129",
                    "acme", "client", List.of("BIJOU", "GESCOM", "PAIE")),
            site("BISTRO-COMPTA", Edition.Essentials, "2019.5", SiteType.Production, "Europe/Brussels", false,
                    "E512001", "acme", "bistro", List.of("BISTRO")),
            site("BISTRO-TEST", Edition.Essentials, "2020.3", SiteType.Staging, "Europe/Brussels", false,
                    "E512002", "acme", "bistro", List.of()),
            site("ACME-INTERNE", Edition.Premium, "2020.3", SiteType.Staging, "Europe/Paris", true, "H330001",
                    "acme", "acme", List.of("ACME")),
            site("INITECH-PROD", Edition.Premium, "2020.3", SiteType.Production, "Europe/Madrid", true, "H401777",
                    "globex", "initech", List.of("INITECH", "INITECH-ES")),
            site("INITECH-ESS", Edition.Essentials, "2020.3", SiteType.Staging, "Europe/Madrid", false, "E401778",
                    "globex", "initech", List.of("INITECH")),
            site("INITECH-AUDIT", Edition.Premium, "2020.3", SiteType.Production, "Europe/Madrid", true, "H401779",
                    "globex", "initech", List.of("INITECH-AUD")),
            site("ACME-ARCHIVE", Edition.Essentials, "2019.5", SiteType.Production, "Europe/Paris", false, "E330002",
                    "acme", "acme", List.of("ARCHIVE")));

    /**
     * Sent to a demo site just registered (nothing after its registration), so that the panel
     * shows these states, a manual backup, and an update that went through with its pre-update
     * backup.
     */
    static final List<SiteState> STATES = List.of(
            new SiteState(SiteIds.fromName("INITECH-AUDIT"),
                    new LockSite(SiteIds.fromName("INITECH-AUDIT"), "Security audit in progress", null)),
            new SiteState(SiteIds.fromName("ACME-ARCHIVE"),
                    new SuspendSite(SiteIds.fromName("ACME-ARCHIVE"), "Contract ended; databases kept for the records",
                            null)),
            new SiteState(SiteIds.fromName("BISTRO-COMPTA"),
                    new BackUpSite(SiteIds.fromName("BISTRO-COMPTA"), SiteIds.fromName("backup of BISTRO-COMPTA"),
                            "Avant clôture annuelle", null)),
            new SiteState(SiteIds.fromName("ACME-INTERNE"),
                    new RequestUpdate(SiteIds.fromName("ACME-INTERNE"), SiteIds.fromName("update of ACME-INTERNE"),
                            "2021.3", null)));

    record SiteState(String siteId, Object command) {
    }

    private final CommandSender commands;
    private final EventStore eventStore;

    public DemoData(CommandSender commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(UserOrganisations.ORDER_AFTER_DEMO_DATA - 1)
    public void seed() {
        int sent = 0;
        for (CreateOrganisation organisation : ORGANISATIONS) {
            if (!exists(organisation.organisationStreamId())) {
                send(organisation);
                sent++;
            }
        }
        for (PublishVersion version : CATALOG) {
            if (!exists(PublishedVersionId.of(version.product(), version.version()))) {
                send(version);
                sent++;
            }
        }
        for (RegisterSite site : SITES) {
            if (!exists(site.siteId())) {
                send(site);
                sent++;
            }
        }
        for (SiteState state : STATES) {
            if (eventStore.lastSequenceNumberFor(state.siteId()).filter(last -> last == 0).isPresent()) {
                send(state.command());
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Demo data: {} items (organisations, versions, sites and their states) registered", sent);
        }
    }

    private boolean exists(String aggregateId) {
        return eventStore.readEvents(aggregateId).hasNext();
    }

    private void send(Object command) {
        commands.send(command, SEEDER, "demo-data");
    }

    private static RegisterSite site(String name, Edition edition, String version, SiteType type, String timeZone,
                                     boolean siteAdministration, String serialNumber, String partnerId,
                                     String clientId, List<String> companies) {
        return new RegisterSite(SiteIds.fromName(name), name, SAGE_100, edition, version, "Normal", type, timeZone,
                siteAdministration, serialNumber, partnerId, clientId, companies);
    }
}
