package siteops.app.console;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The console speaks French, as the portal does, or English: the language a user chose with the
 * switch (kept in a cookie), else the first of the two that the browser's {@code Accept-Language}
 * asks for, else French.
 */
@Configuration
public class ConsoleLanguages implements WebMvcConfigurer {

    static final List<Locale> SPOKEN = List.of(Locale.FRENCH, Locale.ENGLISH);
    static final String SWITCH_PARAMETER = "lang";
    static final String COOKIE = "siteops-lang";

    @Bean
    LocaleResolver localeResolver() {
        return new ChosenOrAskedLanguage();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName(SWITCH_PARAMETER);
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch).addPathPatterns(ConsolePaths.ALL);
    }

    static Locale spoken(Locale asked) {
        return SPOKEN.stream().filter(locale -> locale.getLanguage().equals(asked.getLanguage())).findFirst()
                .orElse(Locale.FRENCH);
    }

    static final class ChosenOrAskedLanguage implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return chosen(request).orElseGet(() -> asked(request.getHeader("Accept-Language")));
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            if (response == null) {
                return;
            }
            Cookie cookie = new Cookie(COOKIE, spoken(locale == null ? Locale.FRENCH : locale).getLanguage());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            request.setAttribute(COOKIE, cookie.getValue());
        }

        private static Optional<Locale> chosen(HttpServletRequest request) {
            Object justChosen = request.getAttribute(COOKIE);
            if (justChosen instanceof String language) {
                return Optional.of(Locale.forLanguageTag(language));
            }
            if (request.getCookies() == null) {
                return Optional.empty();
            }
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(COOKIE)) {
                    return SPOKEN.stream().filter(locale -> locale.getLanguage().equals(cookie.getValue())).findFirst();
                }
            }
            return Optional.empty();
        }

        static Locale asked(String acceptLanguage) {
            if (acceptLanguage == null || acceptLanguage.isBlank()) {
                return Locale.FRENCH;
            }
            try {
                Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SPOKEN);
                return found == null ? Locale.FRENCH : found;
            } catch (IllegalArgumentException malformed) {
                return Locale.FRENCH;
            }
        }
    }
}
