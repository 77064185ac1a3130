package siteops.app.web;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import siteops.api.access.Actor;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

import java.util.Locale;

/**
 * Gives a controller method's {@link Actor} parameter the authenticated user, once its organisation
 * exists ({@link UserOrganisations}).
 */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    private final UserOrganisations organisations;

    ActorArgumentResolver(UserOrganisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                 NativeWebRequest request, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SiteopsUser user)) {
            throw new IllegalStateException("every /api route is authenticated before it is served");
        }
        Actor actor = user.actor();
        if (!organisations.exists(actor)) {
            throw new RefusedException(RefusalCode.FORBIDDEN, "user " + actor.userId() + " acts for organisation "
                    + actor.organisationId() + ", which is not a " + actor.role().name().toLowerCase(Locale.ROOT)
                    + " known to siteops");
        }
        return actor;
    }
}
