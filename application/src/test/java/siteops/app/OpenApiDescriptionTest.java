package siteops.app;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;
import siteops.query.store.ProcessingGroups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The published OpenAPI description names exactly the routes the application serves. */
class OpenApiDescriptionTest extends ApplicationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    @SuppressWarnings("unchecked")
    void describesEveryApiRouteAndNoOther() {
        Api.Response description = api.get(null, "/openapi.yaml");
        assertThat(description.status()).isEqualTo(200);

        Map<String, Object> openApi = new Yaml().load(description.raw().body());
        Set<String> described = new TreeSet<>();
        ((Map<String, Map<String, Object>>) openApi.get("paths")).forEach((path, operations) ->
                operations.keySet().forEach(method -> described.add(method.toUpperCase() + " " + path)));

        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
            for (String path : mapping.getPatternValues()) {
                if (path.startsWith("/api/")) {
                    mapping.getMethodsCondition().getMethods().forEach(method -> served.add(method + " " + path));
                }
            }
        }

        assertThat(described).isEqualTo(served);
    }

    /** What a client generator relies on: a stable name for each operation, and no server pinned to a host and port. */
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasItsOwnOperationIdAndTheServerIsWhereTheDescriptionIsServed() {
        Map<String, Object> openApi = new Yaml().load(api.get(null, "/openapi.yaml").raw().body());
        List<String> operationIds = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        ((Map<String, Map<String, Object>>) openApi.get("paths")).forEach((path, operations) ->
                operations.forEach((method, operation) -> {
                    Object id = ((Map<String, Object>) operation).get("operationId");
                    if (id == null) {
                        unnamed.add(method.toUpperCase() + " " + path);
                    } else {
                        operationIds.add((String) id);
                    }
                }));

        assertThat(unnamed).isEmpty();
        assertThat(operationIds).doesNotHaveDuplicates();
        assertThat((List<Map<String, Object>>) openApi.get("servers"))
                .allSatisfy(server -> assertThat((String) server.get("url")).doesNotContain("localhost").doesNotContain(":8"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void namesTheReadModelsThatCanBeRebuilt() {
        Map<String, Object> openApi = new Yaml().load(api.get(null, "/openapi.yaml").raw().body());
        Map<String, Object> rebuild = ((Map<String, Map<String, Object>>) openApi.get("paths"))
                .get("/api/admin/read-models/{name}/rebuild");
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) ((Map<String, Object>) rebuild.get("post"))
                .get("parameters");
        Map<String, Object> schema = (Map<String, Object>) parameters.get(0).get("schema");

        assertThat((List<String>) schema.get("enum")).isEqualTo(ProcessingGroups.READ_MODELS);
    }
}
