package siteops.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.query.store.ReadModelCatchUp;

import java.io.IOException;

/**
 * While the read models catch up with the events after a start, reads answer 503 with
 * {@code Retry-After} rather than a past state or a 404 for a site that exists. Commands are
 * served: they do not read the read models.
 */
@ConditionalOnProcessRole(ProcessRole.QUERY)
@Component
public class ReadModelCatchUpFilter extends OncePerRequestFilter {

    private final ReadModelCatchUp catchUp;
    private final ProblemWriter problems;

    public ReadModelCatchUpFilter(ReadModelCatchUp catchUp, ProblemWriter problems) {
        this.catchUp = catchUp;
        this.problems = problems;
    }

    /** The read-model administration routes stay open: they are how one watches the catching up. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/api/admin/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (catchUp.isCaughtUp()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        problems.write(request, response, problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "READ_MODELS_CATCHING_UP",
                "the read models are being brought up to date after a start; retry in a moment"));
    }
}
