package siteops.app.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code siteops.cors.allowed-origins}: the origins whose pages may call {@code /api} from a browser
 * (for example {@code https://portal.example.com}); none by default, so that no other site's page
 * can use a signed-in user's credentials.
 */
@ConfigurationProperties(prefix = "siteops.cors")
public record CorsSettings(List<String> allowedOrigins) {

    public CorsSettings {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
