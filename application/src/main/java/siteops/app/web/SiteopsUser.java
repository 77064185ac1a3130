package siteops.app.web;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import siteops.api.access.Actor;

import java.util.List;

/** An authenticated user of the API, and the {@link Actor} it acts as. */
class SiteopsUser extends User {

    private final transient Actor actor;

    SiteopsUser(String name, String password, Actor actor) {
        super(name, password, List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
        this.actor = actor;
    }

    Actor actor() {
        return actor;
    }
}
