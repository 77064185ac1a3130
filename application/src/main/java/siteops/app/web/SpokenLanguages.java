package siteops.app.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import siteops.api.text.Languages;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A request's language, of those siteops answers in ({@link Languages}): the one its user chose
 * in the console (kept in a cookie), else the first of the two its {@code Accept-Language} asks
 * for, else French. The problem titles, the version labels and the
 * console all follow it.
 */
public final class SpokenLanguages implements LocaleResolver {

    public static final String COOKIE = "siteops-lang";

    /** The language of the request being served on this thread; French outside a request. */
    public static Locale ofCurrentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        return Locale.FRENCH;
    }

    public static Locale of(HttpServletRequest request) {
        return chosen(request).orElseGet(() -> asked(request.getHeader("Accept-Language")));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return of(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, Languages.spoken(locale).getLanguage());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        request.setAttribute(COOKIE, cookie.getValue());
    }

    private static Optional<Locale> chosen(HttpServletRequest request) {
        if (request.getAttribute(COOKIE) instanceof String justChosen) {
            return Optional.of(Locale.forLanguageTag(justChosen));
        }
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(COOKIE)) {
                return Languages.SPOKEN.stream().filter(locale -> locale.getLanguage().equals(cookie.getValue()))
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    private static Locale asked(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.FRENCH;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), Languages.SPOKEN);
            return found == null ? Locale.FRENCH : found;
        } catch (IllegalArgumentException malformed) {
            return Locale.FRENCH;
        }
    }
}
