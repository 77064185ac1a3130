package siteops.api.query;

/** The step an operation failed at, and why. */
public record OperationFailure(String step, String reason) {
}
