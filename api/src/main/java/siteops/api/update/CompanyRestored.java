package siteops.api.update;

/** A converted company's database is back in its state from before the update, on {@code version}. */
public record CompanyRestored(String siteId, String updateId, String company, String version) {
}
