package siteops.app.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import siteops.app.web.ProblemWriter;
import siteops.command.web.CommitDurability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Honours {@code Idempotency-Key} on every {@code POST /api/...}: the first request with a key
 * runs and its answer is kept; a retry with the same key (and the same request) gets that answer
 * again, marked {@code Idempotent-Replayed: true}, and changes nothing. Keys belong to the user
 * who sent them. Runs after authentication.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);

    private static final ObjectMapper CANONICAL_JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

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
        return !"POST".equals(request.getMethod())
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
        String key = request.getHeader(KEY_HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problems.write(request, response, problems.problem(HttpStatus.BAD_REQUEST, "INVALID_REQUEST",
                    KEY_HEADER + " header: between 1 and " + MAX_KEY_LENGTH + " characters"));
            return;
        }
        String user = authentication.getName();
        // Received in full and bounded in size by RequestBodyFilter; the route reads it again.
        byte[] body = request.getInputStream().readAllBytes();
        String fingerprint = fingerprint(request, body);

        Optional<IdempotencyRecord> seen = records.reserve(user, key, fingerprint);
        if (seen.isPresent()) {
            IdempotencyRecord record = seen.get();
            if (!record.fingerprint().equals(fingerprint)) {
                problems.write(request, response, problems.problem(HttpStatus.UNPROCESSABLE_ENTITY,
                        "IDEMPOTENCY_KEY_REUSED", "this " + KEY_HEADER + " was used for another request"));
                return;
            }
            if (!record.inProgress()) {
                replay(record.response(), response);
                return;
            }
            if (!records.isAbandoned(record) || !records.takeOver(user, key, record)) {
                problems.write(request, response, problems.problem(HttpStatus.CONFLICT, "REQUEST_IN_PROGRESS",
                        "a request with this " + KEY_HEADER + " is still being served; retry shortly"));
                return;
            }
        }
        runAndKeep(request, response, chain, user, key);
    }

    private void runAndKeep(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                            String user, String key) throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } catch (ServletException | IOException | RuntimeException e) {
            records.release(user, key);
            throw e;
        }
        if (!isKept(answer.getStatus())) {
            records.release(user, key);
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
            records.complete(user, key, new StoredResponse(answer.getStatus(), headers,
                    answer.getContentAsByteArray()));
            durability.awaitDurable();
        }
        answer.copyBodyToResponse();
    }

    /**
     * A malformed request (400), a conflict with the state of the moment (409) or a failure of the
     * service (5xx) changed nothing: a corrected request or a later retry with the same key runs
     * again instead of hearing the same answer for a day.
     */
    private static boolean isKept(int status) {
        return status != HttpStatus.BAD_REQUEST.value() && status != HttpStatus.CONFLICT.value()
                && status < HttpStatus.INTERNAL_SERVER_ERROR.value();
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        stored.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED_HEADER, "true");
        response.getOutputStream().write(stored.body());
    }

    /** The same request whatever its JSON layout: field order and white space do not make another request. */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(canonicalJson(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte[] canonicalJson(byte[] body) {
        try {
            return CANONICAL_JSON.writeValueAsBytes(CANONICAL_JSON.readValue(body, Object.class));
        } catch (IOException notJson) {
            return body;
        }
    }
}
