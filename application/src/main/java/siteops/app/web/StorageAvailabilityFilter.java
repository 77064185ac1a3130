package siteops.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import siteops.app.storage.EventStoreAvailability;

import java.io.IOException;
import java.util.Set;

/**
 * While the event store cannot be written (a full disk, say), writes answer 503
 * {@code STORAGE_UNAVAILABLE} with {@code Retry-After} at once, having changed nothing. Reads are served from the read models as usual. Wraps the {@code Idempotency-Key}
 * handling, which writes to the same store.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class StorageAvailabilityFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final EventStoreAvailability availability;
    private final ProblemWriter problems;

    public StorageAvailabilityFilter(EventStoreAvailability availability, ProblemWriter problems) {
        this.availability = availability;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!availability.isAvailable()) {
            refuse(request, response, false);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!availability.report(failure) || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            refuse(request, response, true);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean failedWhileWriting)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(EventStoreAvailability.RETRY_AFTER_SECONDS));
        problems.write(request, response, problems.storageUnavailable(failedWhileWriting));
    }
}
