package siteops.app.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.catalina.connector.ClientAbortException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import siteops.api.refusal.Refusal;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.app.storage.EventStoreAvailability;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns every failure of a request into a problem+json answer with a stable {@code code}: the
 * command and query sides' refusals, and whatever Spring MVC rejects before a handler runs.
 * Never a stack trace; a 500 only for what is truly unexpected (and logged).
 */
@RestControllerAdvice
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']*)'");
    private static final Pattern FIELD_FIRST = Pattern.compile("([A-Za-z][\\w.\\[\\]-]*(?: header)?): (.+)", Pattern.DOTALL);

    private final ProblemWriter problems;
    private final EventStoreAvailability storage;

    public ProblemResponses(ProblemWriter problems, EventStoreAvailability storage) {
        this.problems = problems;
        this.storage = storage;
    }

    public static HttpStatus statusOf(RefusalCode code) {
        return switch (code) {
            case INVALID_REQUEST -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case SITE_NOT_FOUND, UPDATE_NOT_FOUND, OPERATION_NOT_FOUND, BACKUP_NOT_FOUND, READ_MODEL_NOT_FOUND,
                 ORGANISATION_NOT_FOUND ->
                    HttpStatus.NOT_FOUND;
            case SITE_NOT_READY, SITE_ALREADY_REGISTERED, CONCURRENT_MODIFICATION, VERSION_ALREADY_PUBLISHED,
                 ORGANISATION_ALREADY_EXISTS, REBUILD_IN_PROGRESS, BACKUP_IN_USE ->
                    HttpStatus.CONFLICT;
            case VERSION_NOT_NEWER, VERSION_NOT_AVAILABLE, DOWNGRADE_NOT_ALLOWED, SAME_EDITION,
                 MIGRATION_CANNOT_CHANGE_VERSION, CLIENT_NOT_FOUND, PARTNER_NOT_FOUND, BACKUP_NOT_COMPLETED,
                 BACKUP_VERSION_MISMATCH -> HttpStatus.UNPROCESSABLE_ENTITY;
            case READ_MODEL_BEHIND -> HttpStatus.SERVICE_UNAVAILABLE;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<ProblemDetail> refused(RefusedException e, HttpServletRequest request) {
        return refusal(e.refusal(), request);
    }

    /**
     * What a handler refused arrives wrapped, with the {@link Refusal} as details (that is all that
     * crosses Axon Server) and, in one process, the refusal itself as cause.
     */
    @ExceptionHandler(HandlerExecutionException.class)
    ResponseEntity<ProblemDetail> handlerFailed(HandlerExecutionException e, HttpServletRequest request) {
        Optional<Refusal> refusal = e.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast);
        if (refusal.isPresent()) {
            return refusal(refusal.get(), request);
        }
        if (e.getCause() instanceof TimeoutException) {
            return answer(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "TIMEOUT",
                    "the command was not completed in time; it may still complete: check before retrying"), request);
        }
        return unexpected(e, request);
    }

    /**
     * Two writes raced for the same aggregate and the event store kept the first, or two commands
     * kept meeting on locks taken in opposite orders (after the retries of the command sender).
     */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class,
            LockAcquisitionFailedException.class})
    ResponseEntity<ProblemDetail> concurrentWrite(Exception e, HttpServletRequest request) {
        if (storage.report(e)) {
            return storageUnavailable(request);
        }
        return refusal(new Refusal(RefusalCode.CONCURRENT_MODIFICATION,
                "another request changed the same resource at the same time; retry"), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JsonProcessingException)) {
            cause = cause.getCause();
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            String message = describeMismatch(mapping);
            ResponseEntity<ProblemDetail> answer = invalid(field + ": " + message, request);
            answer.getBody().setProperty("errors", List.of(Map.of("field", field, "message", message)));
            return answer;
        }
        if (cause instanceof JsonProcessingException json && !(cause instanceof JsonMappingException)) {
            return invalid(describeMalformed(json), request);
        }
        return invalid(cause == null ? "the body must be a JSON object" : "the body must be one JSON object", request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messageOf(error)))
                .toList();
        String detail = errors.stream().map(error -> error.get("field") + ": " + error.get("message"))
                .sorted().collect(Collectors.joining("; "));
        ResponseEntity<ProblemDetail> answer = invalid(detail, request);
        answer.getBody().setProperty("errors", errors);
        return answer;
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        String detail = e.getAllErrors().stream().map(error -> error.getDefaultMessage())
                .collect(Collectors.joining("; "));
        return invalid(detail, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> invalidParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Class<?> expected = e.getRequiredType();
        String detail = e.getName() + ": '" + e.getValue() + "' is not " + describeType(expected);
        return invalid(detail, request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e,
                                                   HttpServletRequest request) {
        return invalid(e.getParameterName() + ": required", request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return invalid(e.getHeaderName() + " header: required", request);
    }

    /** Names what the route takes: JSON, or a JSON merge patch for a modification. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e,
                                                       HttpServletRequest request) {
        String taken = e.getSupportedMediaTypes().stream()
                .filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
                .map(MediaType::toString)
                .findFirst()
                .orElse(MediaType.APPLICATION_JSON_VALUE);
        return answer(problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                "send the body as " + taken), request);
    }

    /** Written directly: the answer cannot be of a type the client accepts, so no converter would pick one. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void notAcceptable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, problems.problem(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
                "answers are " + MediaType.APPLICATION_JSON_VALUE));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e,
                                                   HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                e.getMethod() + " is not supported here; use " + Arrays.toString(e.getSupportedMethods()));
        problem.setInstance(ProblemWriter.instanceOf(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .allow(e.getSupportedHttpMethods() == null ? new HttpMethod[0]
                        : e.getSupportedHttpMethods().toArray(HttpMethod[]::new))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noRoute(NoResourceFoundException e, HttpServletRequest request) {
        return answer(problems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND",
                "no route " + request.getMethod() + " " + request.getRequestURI()), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (storage.report(e)) {
            return storageUnavailable(request);
        }
        if (isClientGone(e)) {
            // Nobody is left to answer, and a client that hangs up must not fill the log.
            log.debug("Client went away during {} {}", request.getMethod(), request.getRequestURI());
            return null;
        }
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "the request could not be completed; nothing was lost, it can be retried"), request);
    }

    /** The client hung up: nobody is left to answer. */
    public static boolean isClientGone(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ClientAbortException || cause instanceof AsyncRequestNotUsableException) {
                return true;
            }
        }
        return false;
    }

    /** The store failed under this write (a full disk): it may have been kept, which a keyed retry settles. */
    private ResponseEntity<ProblemDetail> storageUnavailable(HttpServletRequest request) {
        ProblemDetail problem = problems.storageUnavailable(true);
        problem.setInstance(ProblemWriter.instanceOf(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(EventStoreAvailability.RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * By convention the detail of an invalid request names the field first ({@code "timeZone: ..."});
     * that field is also given in {@code errors}, as for a body that fails validation.
     */
    private ResponseEntity<ProblemDetail> refusal(Refusal refusal, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(statusOf(refusal.code()), refusal.code().name(), refusal.detail());
        Matcher field = FIELD_FIRST.matcher(refusal.detail());
        if (refusal.code() == RefusalCode.INVALID_REQUEST && field.matches()) {
            problem.setProperty("errors", List.of(Map.of("field", field.group(1), "message", field.group(2))));
        }
        refusal.properties().forEach(problem::setProperty);
        ResponseEntity<ProblemDetail> answer = answer(problem, request);
        if (refusal.code() == RefusalCode.READ_MODEL_BEHIND || refusal.code() == RefusalCode.TOO_MANY_REQUESTS) {
            return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, "1").body(answer.getBody());
        }
        return answer;
    }

    private ResponseEntity<ProblemDetail> invalid(String detail, HttpServletRequest request) {
        return refusal(new Refusal(RefusalCode.INVALID_REQUEST, detail), request);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(ProblemWriter.instanceOf(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String messageOf(FieldError error) {
        return error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage();
    }

    private static String describeMismatch(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (mapping instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not " + describeType(format.getTargetType());
        }
        if (mapping instanceof MismatchedInputException mismatch) {
            return "expected " + describeType(mismatch.getTargetType());
        }
        return "invalid";
    }

    /** Where the JSON breaks; the parser's own wording only for a repeated field, the rest of it speaks of its internals. */
    private static String describeMalformed(JsonProcessingException json) {
        JsonLocation location = json.getLocation();
        String where = location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        Matcher duplicate = DUPLICATE_FIELD.matcher(json.getOriginalMessage());
        return "malformed JSON" + where + (duplicate.find() ? ": field '" + duplicate.group(1) + "' appears twice" : "");
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describeType(Class<?> type) {
        if (type == null) {
            return "of the expected type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "of type " + type.getSimpleName();
    }
}
