package siteops.command.catalog;

/** The versions published for each product, as the command side knows them. */
public interface VersionCatalog {

    /** Whether {@code version} (canonical) of {@code product} has been published. */
    boolean isPublished(String product, String version);
}
