package siteops.api.update;

/** A company's conversion failed: the update now rolls back. */
public record CompanyConversionFailed(String siteId, String updateId, String company, String reason) {
}
