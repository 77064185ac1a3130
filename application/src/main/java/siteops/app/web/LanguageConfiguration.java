package siteops.app.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** Every route's language, the API's and the console's alike: {@link SpokenLanguages}. */
@Configuration
public class LanguageConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        return new SpokenLanguages();
    }
}
