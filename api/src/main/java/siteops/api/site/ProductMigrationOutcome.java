package siteops.api.site;

/** What {@link MigrateProduct} answers: the site's product after the migration and its new revision. */
public record ProductMigrationOutcome(
        String siteId,
        String product,
        Edition edition,
        String productLabel,
        String version,
        long revision) {
}
