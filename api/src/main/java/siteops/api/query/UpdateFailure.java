package siteops.api.query;

/** The company whose conversion failed, and why. */
public record UpdateFailure(String company, String reason) {
}
