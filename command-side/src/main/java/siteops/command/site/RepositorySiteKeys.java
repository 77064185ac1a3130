package siteops.command.site;

import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import siteops.command.store.Repositories;

/** Site keys as aggregates, loaded in the unit of work of the registration that claims them. */
@Component
public class RepositorySiteKeys implements SiteKeys {

    private final Repository<SiteKey> keys;

    public RepositorySiteKeys(@Qualifier("siteKeyRepository") Repository<SiteKey> keys) {
        this.keys = keys;
    }

    @Override
    public void claim(String key, String siteId, String description) {
        Repositories.loadOrCreate(keys, key, SiteKey::new)
                .execute(siteKey -> siteKey.claimFor(key, siteId, description));
    }
}
