package siteops.app.storage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.Map;

/**
 * {@code siteops.data-dir} as an absolute path, whatever form it was given in: H2 refuses a file
 * URL whose path is implicitly relative ({@code data} rather than {@code ./data}).
 */
public class AbsoluteDataDirectory implements EnvironmentPostProcessor {

    static final String PROPERTY = "siteops.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dataDir = environment.getProperty(PROPERTY);
        if (dataDir != null) {
            environment.getPropertySources().addFirst(new MapPropertySource("siteops-absolute-data-dir",
                    Map.of(PROPERTY, Path.of(dataDir).toAbsolutePath().normalize().toString())));
        }
    }
}
