package siteops.api.site;

public record ProductMigrated(String siteId, Edition fromEdition, Edition toEdition, String version) {
}
