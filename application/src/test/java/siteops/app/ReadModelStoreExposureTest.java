package siteops.app;

import com.mongodb.UnixServerAddress;
import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import siteops.app.testing.ApplicationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** On the default settings the application reaches its embedded read-model store over no TCP port. */
class ReadModelStoreExposureTest extends ApplicationTest {

    @Autowired
    private MongoClient readModels;

    @Test
    void theReadModelsAreReachedOnAUnixDomainSocket() {
        assertThat(readModels.getClusterDescription().getClusterSettings().getHosts())
                .isNotEmpty().allSatisfy(host -> assertThat(host).isInstanceOf(UnixServerAddress.class));

        sites.register("Premium", "2020.3", List.of("PAIE"));
    }
}
