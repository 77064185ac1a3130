package siteops.app.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.app.web.ProblemWriter;
import siteops.command.web.CommitDurability;
import siteops.command.web.RequestIdempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Honours {@code Idempotency-Key} on every {@code POST} and {@code PATCH /api/...}: the first
 * request with a key runs and its answer is kept; a retry with the same key (and the same
 * request) gets that answer again, marked {@code Idempotent-Replayed: true}, and changes nothing. Keys belong to the user
 * who sent them. Runs after authentication.
 */
@ConditionalOnProcessRole(ProcessRole.COMMAND)
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);

    private static final ObjectMapper CANONICAL_JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private static final Set<String> WRITES = Set.of("POST", "PATCH");
    private final IdempotencyRecords records;
    private final ProblemWriter problems;
    private final CommitDurability durability;

    public IdempotencyFilter(IdempotencyRecords records, ProblemWriter problems, CommitDurability durability) {
        this.records = records;
        this.problems = problems;
        this.durability = durability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod())
                || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(KEY_HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String keyText = request.getHeader(KEY_HEADER);
        if (keyText.isBlank() || keyText.length() > MAX_KEY_LENGTH) {
            problems.write(request, response, problems.problem(HttpStatus.BAD_REQUEST, "INVALID_REQUEST",
                    KEY_HEADER + " header: between 1 and " + MAX_KEY_LENGTH + " characters"));
            return;
        }
        IdempotencyKey key = IdempotencyKey.of(authentication.getName(), keyText);
        // Received in full and bounded in size by RequestBodyFilter; the route reads it again.
        byte[] body = request.getInputStream().readAllBytes();
        String fingerprint = fingerprint(request, body);
        IdempotencyRecords.Reservation reservation = records.reserve(key, fingerprint);
        if (reservation instanceof IdempotencyRecords.AlreadySeen seen) {
            answerRetry(request, response, chain, key, fingerprint, seen.record());
        } else if (reservation instanceof IdempotencyRecords.TooManyKeys full) {
            refuseWithRetryAfter(response, request, full.retryAfter(), problems.problem(HttpStatus.TOO_MANY_REQUESTS,
                    "TOO_MANY_REQUESTS", "this user holds as many " + KEY_HEADER + "s as allowed at once; "
                            + "new keys are taken again as the oldest expire"));
        } else {
            runAndKeep(request, response, chain, key);
        }
    }

    private void answerRetry(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                             IdempotencyKey key, String fingerprint, IdempotencyRecord record)
            throws ServletException, IOException {
        if (!record.fingerprint().equals(fingerprint)) {
            problems.write(request, response, problems.problem(HttpStatus.UNPROCESSABLE_ENTITY,
                    "IDEMPOTENCY_KEY_REUSED", "this " + KEY_HEADER + " was used for another request"));
        } else if (!record.inProgress()) {
            replay(record.response(), response);
        } else if (record.abandonedAt(records.now()) && records.takeOver(key, record)) {
            runAndKeep(request, response, chain, key);
        } else {
            Duration leaseLeft = record.leaseUntil() == null ? Duration.ZERO
                    : Duration.between(records.now(), record.leaseUntil());
            refuseWithRetryAfter(response, request, leaseLeft, problems.problem(HttpStatus.CONFLICT,
                    "REQUEST_IN_PROGRESS", "a request with this " + KEY_HEADER + " is still being served; retry shortly"));
        }
    }

    private void refuseWithRetryAfter(HttpServletResponse response, HttpServletRequest request, Duration retryAfter,
                                      ProblemDetail problem) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds() + 1)));
        problems.write(request, response, problem);
    }

    /**
     * The request runs with its key known to the commands it sends ({@link RequestIdempotency}): each
     * keeps its outcome in its own transaction, so that a retry after a crash answers what committed.
     */
    private void runAndKeep(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                            IdempotencyKey key) throws ServletException, IOException {
        request.setAttribute(RequestIdempotency.REQUEST_ATTRIBUTE, key.digest());
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } catch (ServletException | IOException | RuntimeException e) {
            records.release(key);
            throw e;
        }
        if (!isKept(answer.getStatus(), RequestIdempotency.sentACommand(request))) {
            records.release(key);
        } else {
            Map<String, String> headers = new LinkedHashMap<>();
            if (answer.getContentType() != null) {
                headers.put(HttpHeaders.CONTENT_TYPE, answer.getContentType());
            }
            for (String name : REPLAYED_HEADERS) {
                String value = answer.getHeader(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            CommitDurability.Commits completion = durability.begin();
            records.complete(key, new StoredResponse(answer.getStatus(), headers, answer.getContentAsByteArray()));
            completion.awaitDurable();
        }
        answer.copyBodyToResponse();
    }

    /**
     * Kept: what a command decided (its success, or its refusal by a rule of the domain). Not kept,
     * so that a later request with the same key runs again: a request refused before it reached a
     * command (its body, its media types, its route: the answer depends on how it was sent, and the
     * corrected request must run), a malformed command (400), a conflict with the state of the
     * moment (409) and a failure of the service (5xx). A route that sends no command keeps only its
     * success.
     */
    private static boolean isKept(int status, boolean reachedACommand) {
        if (status >= HttpStatus.INTERNAL_SERVER_ERROR.value()) {
            return false;
        }
        if (!reachedACommand) {
            return status < HttpStatus.BAD_REQUEST.value();
        }
        return status != HttpStatus.BAD_REQUEST.value() && status != HttpStatus.CONFLICT.value();
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        stored.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED_HEADER, "true");
        response.getOutputStream().write(stored.body());
    }

    /** The same request whatever its JSON layout: field order and white space do not make another request. */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        return IdempotencyKey.sha256Hex((request.getMethod() + " " + request.getRequestURI() + "?"
                + request.getQueryString() + "\n").getBytes(StandardCharsets.UTF_8), canonicalJson(body));
    }

    private static byte[] canonicalJson(byte[] body) {
        try {
            return CANONICAL_JSON.writeValueAsBytes(CANONICAL_JSON.readValue(body, Object.class));
        } catch (IOException notJson) {
            return body;
        }
    }
}
