package siteops.app.web;

import org.springframework.http.HttpStatus;

/** The code and wording of a problem that only an HTTP status is known of (the server refused the request itself). */
final class ProblemCodes {

    private ProblemCodes() {
    }

    static String codeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "INVALID_REQUEST";
            case UNAUTHORIZED -> "UNAUTHENTICATED";
            case FORBIDDEN -> "FORBIDDEN";
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case REQUEST_TIMEOUT -> "REQUEST_TIMEOUT";
            case PAYLOAD_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case URI_TOO_LONG -> "URI_TOO_LONG";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "HEADERS_TOO_LARGE";
            case NOT_IMPLEMENTED -> "NOT_IMPLEMENTED";
            default -> status.is4xxClientError() ? "INVALID_REQUEST" : "INTERNAL_ERROR";
        };
    }

    static String detailOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "the request is malformed (its path, a header or its encoding)";
            case NOT_FOUND -> "no such route";
            case METHOD_NOT_ALLOWED -> "this method is not supported here";
            case NOT_ACCEPTABLE -> "answers are application/json (or application/problem+json)";
            case REQUEST_TIMEOUT -> "the request did not arrive in time";
            case NOT_IMPLEMENTED -> "the request needs an HTTP feature siteops does not implement (a transfer coding)";
            default -> status.is4xxClientError() ? status.getReasonPhrase()
                    : "the request could not be completed; it can be retried";
        };
    }
}
