package siteops.app.console;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import siteops.app.web.SecurityHeadersFirst;

import java.io.IOException;

/**
 * The console's sign-in: a form and a session, every change protected by a CSRF token. The
 * {@code /api} routes keep HTTP Basic without a session (the other chain, in the web package).
 */
@Configuration
public class ConsoleSecurity {

    static final String LOGIN = "/login";

    @Bean
    @Order(1)
    SecurityFilterChain consoleSignIn(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(ConsolePaths.ALL)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN, ConsolePaths.ASSETS).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?signedOut"))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new SignInFirst())
                        .accessDeniedHandler(ConsoleSecurity::pageAgain))
                .headers(SecurityHeadersFirst::apply)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                + "frame-ancestors 'none'; form-action 'self'")))
                .build();
    }

    /**
     * A change refused by the CSRF check (the page was older than the session, which expired or
     * changed): a fragment htmx asked for makes the whole page load again, with a token that
     * holds, rather than have the 403 problem swapped into it. A plain form gets the 403 itself.
     */
    private static void pageAgain(HttpServletRequest request, HttpServletResponse response,
                                  AccessDeniedException denied) throws IOException, ServletException {
        if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Refresh", "true");
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        new AccessDeniedHandlerImpl().handle(request, response, denied);
    }

    /**
     * A page asked for without a session goes to the sign-in form; a fragment htmx asks for (the
     * session expired with the page open) makes the whole page go there, not the fragment.
     */
    static final class SignInFirst implements AuthenticationEntryPoint {

        private final LoginUrlAuthenticationEntryPoint form = new LoginUrlAuthenticationEntryPoint(LOGIN);

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response,
                             AuthenticationException authException) throws IOException, ServletException {
            if (Htmx.isHtmx(request)) {
                response.setHeader("HX-Redirect", LOGIN);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            form.commence(request, response, authException);
        }
    }
}
