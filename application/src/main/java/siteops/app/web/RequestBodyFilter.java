package siteops.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Receives the body of an authenticated request in full before any route reads it, within
 * {@link RequestBodySettings}: over the size limit is 413 (said by {@code Content-Length}, before a
 * byte is read), slower than the timeout is 408, and a user who already has as many bodies on
 * their way as allowed is 429. A body arrives on a thread of the server, blocked between packets:
 * these bounds keep slow senders from holding the threads that answer everyone else.
 * <p>
 * Runs after authentication: without credentials a request is refused on its headers alone and its
 * body never read ({@link UnreadBodyValve}). A body that is already there in full is read at once,
 * without counting against its user. A body sent with a {@code Content-Encoding} (gzip, ...) is
 * 415: it would otherwise be read as the JSON it is not.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 2)
public class RequestBodyFilter extends OncePerRequestFilter {

    private static final int CHUNK = 8192;

    private final RequestBodySettings settings;
    private final ProblemWriter problems;
    private final Map<String, Semaphore> pendingBodies = new ConcurrentHashMap<>();

    public RequestBodyFilter(RequestBodySettings settings, ProblemWriter problems) {
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getContentLengthLong() <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            // Only the routes that need no credentials get here without any, and none of them reads a body.
            chain.doFilter(request, response);
            return;
        }
        String encoding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
            problems.write(request, response, problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "UNSUPPORTED_MEDIA_TYPE", "request bodies are read as they are sent: send it without a"
                            + " Content-Encoding"));
            return;
        }
        long maxBytes = settings.maxSize().toBytes();
        long announced = request.getContentLengthLong();
        if (announced > maxBytes) {
            tooLarge(request, response);
            return;
        }
        ServletInputStream in = request.getInputStream();
        byte[] body;
        if (announced > 0 && in.available() >= announced) {
            body = in.readNBytes((int) announced);
        } else {
            Semaphore pending = pendingBodies.computeIfAbsent(authentication.getName(),
                    user -> new Semaphore(settings.maxPendingPerUser()));
            if (!pending.tryAcquire()) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                problems.write(request, response, problems.problem(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS",
                        "you already have " + settings.maxPendingPerUser()
                                + " request bodies on their way; send this one once they have arrived"));
                return;
            }
            try {
                body = receive(in, announced, maxBytes);
            } catch (TooSlowException e) {
                problems.write(request, response, problems.problem(HttpStatus.REQUEST_TIMEOUT, "REQUEST_TIMEOUT",
                        "the request body did not arrive within " + settings.timeout().toSeconds() + " s"));
                return;
            } catch (IOException stalledOrGone) {
                // The servlet container has answered already: 408 if no packet came within its
                // connection timeout, 400 if the client went away.
                return;
            } finally {
                pending.release();
            }
            if (body == null) {
                tooLarge(request, response);
                return;
            }
        }
        chain.doFilter(new ReceivedBodyRequest(request, body), response);
    }

    /** The whole body, or null once it goes over {@code maxBytes} (a chunked body says its size only by ending). */
    private byte[] receive(ServletInputStream in, long announced, long maxBytes) throws IOException {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        ByteArrayOutputStream body = new ByteArrayOutputStream(announced > 0 ? (int) announced : CHUNK);
        byte[] chunk = new byte[CHUNK];
        int read;
        while ((read = in.read(chunk)) != -1) {
            body.write(chunk, 0, read);
            if (body.size() > maxBytes) {
                return null;
            }
            // Each read returns within the connection timeout; the whole body must arrive within this one.
            if (System.nanoTime() - deadline > 0 && !in.isFinished()) {
                throw new TooSlowException();
            }
        }
        return body.toByteArray();
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                "a request body is at most " + settings.maxSize().toBytes() + " bytes"));
    }

    private static final class TooSlowException extends IOException {
    }
}
