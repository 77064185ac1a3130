package siteops.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A body said to be of a wildcard type ({@code *}{@code /*}, {@code application/*}) is 415: Spring
 * MVC's request headers refuse such a {@code Content-Type} with an assertion, which would be a 500.
 * GET and HEAD are let through: they take no body here, so their {@code Content-Type} is ignored.
 * Runs after authentication, as the routes' own checks do.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 1)
public class WildcardContentTypeFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    public WildcardContentTypeFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                || request.getHeader(HttpHeaders.CONTENT_TYPE) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isWildcard(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            problems.write(request, response, problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "UNSUPPORTED_MEDIA_TYPE", "send the body as " + MediaType.APPLICATION_JSON_VALUE
                            + " (a modification of a site: application/merge-patch+json)"));
            return;
        }
        chain.doFilter(request, response);
    }

    /** A type that does not parse is left to Spring MVC, which answers it 415 itself. */
    private static boolean isWildcard(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype();
        } catch (InvalidMediaTypeException unparsable) {
            return false;
        }
    }
}
