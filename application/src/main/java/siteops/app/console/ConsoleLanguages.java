package siteops.app.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import siteops.app.web.SpokenLanguages;

/**
 * The console speaks French, as the portal does, or English ({@link SpokenLanguages}); its
 * switch ({@code ?lang=en}, {@code ?lang=fr}) is kept in a cookie.
 */
@Configuration
public class ConsoleLanguages implements WebMvcConfigurer {

    static final String SWITCH_PARAMETER = "lang";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName(SWITCH_PARAMETER);
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch).addPathPatterns(ConsolePaths.ALL);
    }
}
