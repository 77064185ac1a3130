package siteops.command.web;

import jakarta.servlet.ServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Optional;

/**
 * The {@code Idempotency-Key} of the HTTP request being served, as the commands it sends carry it.
 * Each command of the request is named by the key and its rank among the request's commands, so
 * that the command side can keep each one's outcome in the command's own transaction and answer a
 * retry with it ({@link #METADATA_KEY}). The request also learns whether it reached a command.
 */
public final class RequestIdempotency {

    /** Command metadata only: it is not copied onto events, nor onto the commands a process sends later. */
    public static final String METADATA_KEY = "idempotencyKey";
    public static final String REQUEST_ATTRIBUTE = RequestIdempotency.class.getName() + ".key";
    private static final String COMMANDS_SENT_ATTRIBUTE = RequestIdempotency.class.getName() + ".commandsSent";

    private RequestIdempotency() {
    }

    /** The name of the next command the current request sends, if the request has a key. */
    static Optional<String> nextCommandKey() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        String key = (String) attributes.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (key == null) {
            return Optional.empty();
        }
        Integer sent = (Integer) attributes.getAttribute(COMMANDS_SENT_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        int rank = sent == null ? 0 : sent;
        attributes.setAttribute(COMMANDS_SENT_ATTRIBUTE, rank + 1, RequestAttributes.SCOPE_REQUEST);
        return Optional.of(key + ":" + rank);
    }

    /** Whether the request, which may be a wrapper of the one being served, sent a command. */
    public static boolean sentACommand(ServletRequest request) {
        return request.getAttribute(COMMANDS_SENT_ATTRIBUTE) != null;
    }
}
