package siteops.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Builds the problem+json answers (RFC 9457) of the API: {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance} and a stable {@code code}. Also writes them
 * from servlet filters, which run before Spring MVC's exception handling.
 */
@Component
public class ProblemWriter {

    private final ObjectMapper objectMapper;
    private final MessageSource messages;

    public ProblemWriter(ObjectMapper objectMapper, MessageSource messages) {
        this.objectMapper = objectMapper;
        this.messages = messages;
    }

    /** The title in the request's language ({@link SpokenLanguages}); the detail, for developers, in English. */
    public ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:problem:siteops:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(messages.getMessage("problem." + code, null, titleOf(code), SpokenLanguages.ofCurrentRequest()));
        problem.setProperty("code", code);
        return problem;
    }

    /**
     * The event store cannot take writes now; sent with {@code Retry-After}. A write refused before
     * it reached the store changed nothing; one the store failed under may have been kept all the
     * same (the failure can come after the write reached the disk), which only a retry under the
     * same {@code Idempotency-Key} settles.
     */
    public ProblemDetail storageUnavailable(boolean failedWhileWriting) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "STORAGE_UNAVAILABLE", failedWhileWriting
                ? "the event store failed while taking this write (its disk may be full), which may have been kept"
                + " all the same: retry later with the same Idempotency-Key, or check before retrying"
                : "the event store cannot take writes now (its disk may be full); nothing was changed, retry later");
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        write(request.getRequestURI(), response, problem);
    }

    public void write(String path, HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setInstance(instanceOf(path));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // Written, not closed: closing would send the headers, and UnreadBodyValve may still have one to add.
        response.getOutputStream().write(objectMapper.writeValueAsBytes(problem));
    }

    /** {@code X-Requested-With: XMLHttpRequest}: answer a 401 without a {@code WWW-Authenticate} challenge. */
    static final String NO_LOGIN_DIALOG_HEADER = "X-Requested-With";

    void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // A script that handles the 401 itself says so, as browsers' scripts do, and gets no browser login dialog.
        if (!"XMLHttpRequest".equalsIgnoreCase(request.getHeader(NO_LOGIN_DIALOG_HEADER))) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"siteops\", charset=\"UTF-8\"");
        }
        write(request, response, problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                "this route needs HTTP Basic credentials of a siteops user"));
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "you may not do this"));
    }

    /** The request's path as the problem's instance, unless the path is too broken to be a URI. */
    static URI instanceOf(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    /** {@code SITE_NOT_FOUND} reads "Site not found": where no language can be told (the container's own answers). */
    static String titleOf(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
