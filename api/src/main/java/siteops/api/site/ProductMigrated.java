package siteops.api.site;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ProductMigrated(String siteId, Edition fromEdition, Edition toEdition, String version) {
}
