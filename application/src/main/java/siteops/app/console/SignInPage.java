package siteops.app.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security checks what it posts to the same path. */
@Controller
class SignInPage {

    @GetMapping(ConsoleSecurity.LOGIN)
    String signIn() {
        return "console/login";
    }
}
