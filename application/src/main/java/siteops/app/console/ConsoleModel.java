package siteops.app.console;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import siteops.api.text.Languages;

import java.util.Locale;

/** What every console page has in its model: how to write dates and labels in the page's language, who is signed in. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    private static final String ROLE_PREFIX = "ROLE_";

    private final MessageSource messages;

    ConsoleModel(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("fmt")
    ConsoleFormat format(Locale locale) {
        return new ConsoleFormat(messages, Languages.spoken(locale));
    }

    /** Who is signed in, for the page's header; null on the sign-in page. */
    @ModelAttribute("signedIn")
    SignedIn signedIn(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> new SignedIn(authentication.getName(), authority.substring(ROLE_PREFIX.length())))
                .findFirst().orElse(null);
    }

    record SignedIn(String name, String role) {
    }
}
