package siteops.api.update;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CompanyConverted(String siteId, String updateId, String company, String version) {
}
