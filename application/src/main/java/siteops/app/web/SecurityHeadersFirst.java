package siteops.app.web;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Spring Security's headers written before the request goes on, instead of when the response is
 * committed or the request's thread unwinds. A live stream's first event commits the response on
 * the sender's thread while the request's thread unwinds through the filters: both wrote the
 * headers at once, and Tomcat's headers, which are not thread-safe, broke (a NullPointerException
 * in its header list, the stream lost; spring-security issues 9175 and 15510).
 */
public final class SecurityHeadersFirst {

    private SecurityHeadersFirst() {
    }

    public static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
    }
}
