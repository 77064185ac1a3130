package siteops.app.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import siteops.api.access.Role;

import java.util.List;

/**
 * The users who may call the API (HTTP Basic), {@code siteops.security.users}: a name, a password
 * in Spring Security's {@code {id}encoded} form, the role they act in, and their organisation
 * (the partner or client id; none for operators).
 */
@ConfigurationProperties("siteops.security")
public record UserSettings(List<User> users) {

    public UserSettings {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String name, String password, Role role, String organisation) {
    }
}
