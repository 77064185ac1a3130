package siteops.api.catalog;

/** A published version is an aggregate of its own, identified by its product and canonical version. */
public final class PublishedVersionId {

    private PublishedVersionId() {
    }

    public static String of(String product, String version) {
        return "version:" + product + "/" + version;
    }
}
