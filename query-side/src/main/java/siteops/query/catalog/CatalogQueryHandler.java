package siteops.query.catalog;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import siteops.api.query.CatalogVersion;
import siteops.api.query.FindVersions;

import java.util.List;

@Component
public class CatalogQueryHandler {

    private final VersionCollection versions;

    public CatalogQueryHandler(VersionCollection versions) {
        this.versions = versions;
    }

    @QueryHandler
    public List<CatalogVersion> handle(FindVersions query) {
        return versions.all(query.product());
    }
}
