package siteops.api.update;

import org.axonframework.serialization.Revision;

/** A company's conversion failed: the update now rolls back. */
@Revision("1")
public record CompanyConversionFailed(String siteId, String updateId, String company, String reason) {
}
