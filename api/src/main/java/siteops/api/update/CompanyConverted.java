package siteops.api.update;

public record CompanyConverted(String siteId, String updateId, String company, String version) {
}
