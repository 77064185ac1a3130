package siteops.command.site;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import siteops.api.access.Actor;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.api.site.RegisterSite;
import siteops.api.site.RegisterSites;
import siteops.api.site.SiteRegistration;
import siteops.api.site.SiteRegistrations;
import siteops.command.catalog.VersionCatalog;
import siteops.command.organisation.Organisations;

import java.util.ArrayList;
import java.util.List;

/**
 * Registers a batch of sites in one unit of work: each site exactly as {@link Site} registers one
 * (same rules, same events), all committed together, or none if any is refused.
 */
@Component
public class SiteRegistrar {

    private final Repository<Site> sites;

    public SiteRegistrar(@Qualifier("siteRepository") Repository<Site> sites) {
        this.sites = sites;
    }

    @CommandHandler
    public SiteRegistrations handle(RegisterSites command, Actor actor, VersionCatalog catalog, Organisations organisations,
                                    SiteKeys keys) throws Exception {
        List<SiteRegistration> registered = new ArrayList<>();
        for (int index = 0; index < command.sites().size(); index++) {
            RegisterSite site = command.sites().get(index);
            try {
                Aggregate<Site> created = sites.newInstance(() -> {
                    Site newSite = new Site();
                    newSite.register(site, actor, catalog, organisations, keys);
                    return newSite;
                });
                registered.add(new SiteRegistration(created.identifierAsString(), created.version()));
            } catch (RefusedException refused) {
                String where = "sites[" + index + "]" + (refused.code() == RefusalCode.INVALID_REQUEST ? "." : ": ");
                throw new RefusedException(refused.code(), where + refused.refusal().detail());
            }
        }
        return new SiteRegistrations(registered);
    }
}
