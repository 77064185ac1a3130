package siteops.api.update;

import org.axonframework.serialization.Revision;

/** A converted company's database is back in its state from before the update, on {@code version}. */
@Revision("1")
public record CompanyRestored(String siteId, String updateId, String company, String version) {
}
