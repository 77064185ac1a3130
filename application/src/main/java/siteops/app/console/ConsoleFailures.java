package siteops.app.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.RequestContextUtils;
import siteops.api.refusal.Refusal;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.app.storage.EventStoreAvailability;
import siteops.app.web.ProblemResponses;

import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * What the console shows when the site refuses (a status that does not allow the operation, a
 * site changed since the dialog opened...) or a request is wrong: the refusal, in the page's
 * language, in the open dialog (or as a page of its own), with the status the API would answer.
 */
@ControllerAdvice(basePackageClasses = ConsoleFailures.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleFailures {

    private static final Logger log = LoggerFactory.getLogger(ConsoleFailures.class);

    private final ConsoleModel pages;
    private final EventStoreAvailability storage;

    ConsoleFailures(ConsoleModel pages, EventStoreAvailability storage) {
        this.pages = pages;
        this.storage = storage;
    }

    @ExceptionHandler(RefusedException.class)
    String refused(RefusedException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return show(e.refusal(), request, response, model);
    }

    @ExceptionHandler(HandlerExecutionException.class)
    String handlerFailed(HandlerExecutionException e, HttpServletRequest request, HttpServletResponse response,
                         Model model) {
        Optional<Refusal> refusal = e.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast);
        if (refusal.isPresent()) {
            return show(refusal.get(), request, response, model);
        }
        if (e.getCause() instanceof TimeoutException) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return view("TIMEOUT", null, request, response, model);
        }
        return unexpected(e, request, response, model);
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class,
            LockAcquisitionFailedException.class})
    String concurrentWrite(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (storage.report(e)) {
            return storageUnavailable(request, response, model);
        }
        return show(new Refusal(RefusalCode.CONCURRENT_MODIFICATION, e.getMessage()), request, response, model);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    String invalid(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return show(new Refusal(RefusalCode.INVALID_REQUEST, e.getMessage()), request, response, model);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (storage.report(e)) {
            return storageUnavailable(request, response, model);
        }
        if (ProblemResponses.isClientGone(e)) {
            log.debug("Client went away during {} {}", request.getMethod(), request.getRequestURI());
            return null;
        }
        log.error("Unexpected failure of console request {} {}", request.getMethod(), request.getRequestURI(), e);
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        return view("INTERNAL_ERROR", null, request, response, model);
    }

    /** The event store cannot take writes now (a full disk): said as the API says it, with Retry-After. */
    private String storageUnavailable(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(EventStoreAvailability.RETRY_AFTER_SECONDS));
        return view("STORAGE_UNAVAILABLE", null, request, response, model);
    }

    private String show(Refusal refusal, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(ProblemResponses.statusOf(refusal.code()).value());
        return view(refusal.code().name(), refusal.detail(), request, response, model);
    }

    /** A stream the page's script opens gets the status alone: the browser's EventSource stops on it. */
    private String view(String code, String detail, HttpServletRequest request, HttpServletResponse response,
                        Model model) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE)) {
            return null;
        }
        model.addAttribute("code", code);
        model.addAttribute("detail", detail);
        model.addAttribute("fmt", pages.format(RequestContextUtils.getLocale(request)));
        model.addAttribute("signedIn", pages.signedIn(SecurityContextHolder.getContext().getAuthentication()));
        if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Retarget", "#dialog-slot");
            response.setHeader("HX-Reswap", "innerHTML");
            return "console/dialogs :: refusal";
        }
        return "console/refusal";
    }
}
