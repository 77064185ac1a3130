package siteops.app.web;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem code the OpenAPI description declares has a title in French and in English. */
class ProblemTitlesTest {

    @Test
    void everyDeclaredCodeHasATitleInBothLanguages() throws IOException {
        List<String> codes = declaredCodes();
        Properties french = load("/i18n/problems.properties");
        Properties english = load("/i18n/problems_en.properties");
        assertThat(codes).isNotEmpty().allSatisfy(code -> {
            assertThat(french.getProperty("problem." + code)).as("French title of " + code).isNotBlank();
            assertThat(english.getProperty("problem." + code)).as("English title of " + code).isNotBlank();
        });
        assertThat(french.stringPropertyNames()).as("no title of a code nobody answers")
                .hasSameSizeAs(codes);
    }

    @SuppressWarnings("unchecked")
    private static List<String> declaredCodes() throws IOException {
        try (InputStream description = ProblemTitlesTest.class.getResourceAsStream("/static/openapi.yaml")) {
            Map<String, Object> document = new Yaml().load(description);
            Map<String, Object> problem = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    document.get("components")).get("schemas")).get("Problem");
            Map<String, Object> code = (Map<String, Object>) ((Map<String, Object>) problem.get("properties")).get("code");
            return (List<String>) code.get("enum");
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemTitlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
