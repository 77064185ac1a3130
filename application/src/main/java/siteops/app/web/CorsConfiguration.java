package siteops.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Cross-origin calls from the configured origins' pages ({@link CorsSettings}): a preflight is
 * answered before authentication (a browser sends it without credentials), the answers expose the
 * headers a frontend reads, and a call from another origin is refused as a problem like any other.
 * Spring Security takes this filter as its own ({@code corsFilter}).
 */
@Configuration
class CorsConfiguration {

    private static final List<String> METHODS = List.of("GET", "POST", "PATCH", "DELETE", "OPTIONS");
    private static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "Accept",
            "Accept-Language", "If-Match", "If-None-Match", "Idempotency-Key", "X-Correlation-Id", "Last-Event-ID",
            "X-Requested-With");
    private static final List<String> EXPOSED_HEADERS = List.of("ETag", "Location", "Retry-After", "X-Correlation-Id",
            "Idempotent-Replayed");

    /** Run by Spring Security's chain, before authentication; not a second time as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<CorsFilter> corsFilterOnlyInTheSecurityChain(CorsFilter corsFilter) {
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(corsFilter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    CorsFilter corsFilter(CorsSettings settings, ProblemWriter problems) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!settings.allowedOrigins().isEmpty()) {
            org.springframework.web.cors.CorsConfiguration api = new org.springframework.web.cors.CorsConfiguration();
            api.setAllowedOrigins(settings.allowedOrigins());
            api.setAllowedMethods(METHODS);
            api.setAllowedHeaders(REQUEST_HEADERS);
            api.setExposedHeaders(EXPOSED_HEADERS);
            api.setAllowCredentials(true);
            api.setMaxAge(Duration.ofHours(1));
            source.registerCorsConfiguration("/api/**", api);
        }
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor(problems));
        return filter;
    }

    /** Spring's processor, whose refusal is a problem (403 FORBIDDEN) rather than a plain text. */
    private static final class ProblemCorsProcessor extends DefaultCorsProcessor {

        private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();

        private final ProblemWriter problems;

        ProblemCorsProcessor(ProblemWriter problems) {
            this.problems = problems;
        }

        @Override
        public boolean processRequest(org.springframework.web.cors.CorsConfiguration configuration,
                                      HttpServletRequest request, HttpServletResponse response) throws IOException {
            REQUEST.set(request);
            try {
                return super.processRequest(configuration, request, response);
            } finally {
                REQUEST.remove();
            }
        }

        @Override
        protected void rejectRequest(ServerHttpResponse response) throws IOException {
            HttpServletRequest request = REQUEST.get();
            problems.write(request, ((ServletServerHttpResponse) response).getServletResponse(),
                    problems.problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "this cross-origin request is not allowed:"
                            + " its origin, method or headers are not among siteops.cors's"));
        }
    }
}
