package siteops.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A query string whose percent-encoding does not decode ({@code ?after=%%zz}) is 400: the servlet
 * container would drop the parameter it cannot decode and go on, so that a broken cursor gave the
 * first page and a broken filter the whole list. Runs after authentication, as the routes' own
 * checks do.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 1)
public class QueryStringFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    public QueryStringFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getQueryString() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> undecodable = firstUndecodable(request.getQueryString());
        if (undecodable.isPresent()) {
            problems.write(request, response, problems.problem(HttpStatus.BAD_REQUEST, "INVALID_REQUEST",
                    "the query string is not validly percent-encoded at \"" + undecodable.get()
                            + "\": a % is followed by two hexadecimal digits"));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The first name or value of the query that does not decode. */
    static Optional<String> firstUndecodable(String queryString) {
        for (String parameter : queryString.split("&")) {
            for (String part : parameter.split("=", 2)) {
                try {
                    URLDecoder.decode(part, StandardCharsets.UTF_8);
                } catch (IllegalArgumentException undecodable) {
                    return Optional.of(part);
                }
            }
        }
        return Optional.empty();
    }
}
