package siteops.app.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import siteops.api.access.Actor;
import siteops.api.access.Role;
import siteops.api.organisation.Membership;
import siteops.api.organisation.OrganisationKind;
import siteops.command.organisation.Organisations;

import java.util.Locale;

/**
 * A configured user acts for an organisation that exists, of the kind of its role: a partner user
 * for a partner, a client user for a client. Organisations are created through the API (or by the
 * demo data), so a user may be configured before its organisation is: it is told so at start and
 * refused ({@code FORBIDDEN}) until the organisation exists.
 */
@Component
public class UserOrganisations {

    /** After the demo data, which creates the demo users' organisations. */
    public static final int ORDER_AFTER_DEMO_DATA = 100;
    private static final Logger log = LoggerFactory.getLogger(UserOrganisations.class);

    private final Organisations organisations;
    private final UserSettings settings;

    public UserOrganisations(Organisations organisations, UserSettings settings) {
        this.organisations = organisations;
        this.settings = settings;
    }

    boolean exists(Actor actor) {
        if (actor.role().seesEverything()) {
            return true;
        }
        OrganisationKind kind = actor.role() == Role.PARTNER ? OrganisationKind.PARTNER : OrganisationKind.CLIENT;
        return organisations.find(actor.organisationId()).map(Membership::kind).filter(kind::equals).isPresent();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(ORDER_AFTER_DEMO_DATA)
    void warnAboutMissingOrganisations() {
        settings.users().stream()
                .filter(user -> !user.role().seesEverything())
                .filter(user -> !exists(new Actor(user.name(), user.role(), user.organisation())))
                .forEach(user -> log.warn("User {} acts for organisation {}, which is not a {} known to siteops: "
                                + "its requests are refused until the organisation is created (POST /api/organisations)",
                        user.name(), user.organisation(), user.role().name().toLowerCase(Locale.ROOT)));
    }
}
