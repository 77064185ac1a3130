package siteops.app.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import siteops.api.access.Actor;
import siteops.api.access.Role;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** HTTP Basic on every {@code /api} route, no session, answers in problem+json. */
@Configuration
public class SecurityConfiguration implements WebMvcConfigurer {

    private final UserOrganisations organisations;

    public SecurityConfiguration(UserOrganisations organisations) {
        this.organisations = organisations;
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemWriter problems) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeadersFirst::apply)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/**").authenticated()
                        .requestMatchers("/actuator/prometheus").hasRole(Role.OPERATOR.name())
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthenticated))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::forbidden))
                .build();
    }

    /**
     * The configured users, checked at start (a partner without an organisation stops the start).
     * Each login gets a fresh {@link UserDetails}: Spring Security erases the password of the one it used.
     */
    @Bean
    UserDetailsService users(UserSettings settings) {
        Map<String, Actor> actors = settings.users().stream().collect(Collectors.toMap(UserSettings.User::name,
                user -> new Actor(user.name(), user.role(), user.organisation())));
        Map<String, String> passwords = settings.users().stream()
                .collect(Collectors.toMap(UserSettings.User::name, UserSettings.User::password));
        return name -> {
            Actor actor = actors.get(name);
            if (actor == null) {
                throw new UsernameNotFoundException(name);
            }
            return new SiteopsUser(name, passwords.get(name), actor);
        };
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver(organisations));
    }
}
