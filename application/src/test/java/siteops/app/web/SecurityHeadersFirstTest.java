package siteops.app.web;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import siteops.app.testing.ApplicationTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In every security chain (the API's and the console's), the security headers are on the response
 * before the request goes on: a live stream's sender may commit the response while the request's
 * thread unwinds, and the two must not write the headers at once.
 */
class SecurityHeadersFirstTest extends ApplicationTest {

    @Autowired
    private FilterChainProxy security;

    @Test
    void everyChainWritesItsSecurityHeadersBeforeTheRequestGoesOn() throws Exception {
        List<HeaderWriterFilter> headerWriters = new ArrayList<>();
        for (SecurityFilterChain chain : security.getFilterChains()) {
            for (Filter filter : chain.getFilters()) {
                if (filter instanceof HeaderWriterFilter headerWriter) {
                    headerWriters.add(headerWriter);
                }
            }
        }
        assertThat(headerWriters).hasSize(security.getFilterChains().size());

        for (HeaderWriterFilter headerWriter : headerWriters) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            List<String> seenByTheRequest = new ArrayList<>();
            headerWriter.doFilter(new MockHttpServletRequest("GET", "/api/sites/stream"), response,
                    (request, answer) -> seenByTheRequest.add(response.getHeader("X-Content-Type-Options")));

            assertThat(seenByTheRequest).containsExactly("nosniff");
        }
    }
}
