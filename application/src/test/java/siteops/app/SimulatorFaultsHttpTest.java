package siteops.app;

import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorFaultsHttpTest extends ApplicationTest {

    private Api.Response inject(String siteId, String company) {
        return api.post("operator", "/api/simulator/faults",
                "{\"siteId\": \"" + siteId + "\", \"company\": \"" + company + "\"}");
    }

    @Test
    void aFaultNamesACompanyOfAnExistingSite() {
        String siteId = sites.register("Premium", "2020.3", List.of("PAIE"));

        Api.Response injected = inject(siteId, "PAIE");

        assertThat(injected.status()).isEqualTo(201);
        assertThat(injected.body().path("reason").asText()).isEqualTo("Simulated failure");
        assertThat(inject("00000000-0000-0000-0000-000000000000", "PAIE").code()).isEqualTo("SITE_NOT_FOUND");
        assertThat(inject("garbage", "PAIE").status()).isEqualTo(404);
        Api.Response unknownCompany = inject(siteId, "NOPE");
        assertThat(unknownCompany.status()).isEqualTo(400);
        assertThat(unknownCompany.body().path("detail").asText()).contains("PAIE");
    }

    @Test
    void clearedFaultsNoLongerFailConversions() {
        sites.publish("2021.3", "2021-12-08");
        String siteId = sites.register("Premium", "2020.3", List.of("PAIE"));
        assertThat(inject(siteId, "PAIE").status()).isEqualTo(201);

        assertThat(api.delete("operator", "/api/simulator/faults").status()).isEqualTo(204);

        assertThat(sites.requestUpdate("acme", siteId, "2021.3").status()).isEqualTo(202);
        sites.awaitSite("acme", siteId, site -> site.path("version").asText().equals("2021.3"));
    }
}
