package siteops.app.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.servlet.DispatcherServlet;

/** Requests refused before Spring MVC sees them are answered in problem+json too. */
@Configuration
public class ServletContainerConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
            factory.getMimeMappings().add("yaml", "application/yaml");
            // Tomcat refuses TRACE itself, with an empty 405 that lists the servlet's methods rather
            // than the route's: let it through to RoutedTraceDispatcherServlet.
            factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
            factory.addEngineValves(new UnreadBodyValve());
        };
    }

    /** Spring Boot's dispatcher, set up as Spring Boot sets it up, but of the class that routes TRACE. */
    @Bean(name = DispatcherServletAutoConfiguration.DEFAULT_DISPATCHER_SERVLET_BEAN_NAME)
    DispatcherServlet dispatcherServlet(WebMvcProperties mvc) {
        DispatcherServlet dispatcher = new RoutedTraceDispatcherServlet();
        dispatcher.setDispatchOptionsRequest(mvc.isDispatchOptionsRequest());
        dispatcher.setPublishEvents(mvc.isPublishRequestHandledEvents());
        dispatcher.setEnableLoggingRequestDetails(mvc.isLogRequestDetails());
        return dispatcher;
    }

    /**
     * Spring Security's firewall, except that any method may pass: Spring MVC then answers an
     * unknown one with 405 and the methods the route allows, which says more than a 400.
     */
    @Bean
    HttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setUnsafeAllowAnyHttpMethod(true);
        return firewall;
    }

    /** Spring Security's firewall (a double slash, a path parameter, a header it does not allow). */
    @Bean
    RequestRejectedHandler problemForRejectedRequests(ProblemWriter problems) {
        return (request, response, rejected) -> problems.write(request, response, problems.problem(
                HttpStatus.BAD_REQUEST, "INVALID_REQUEST",
                "the request is malformed (its path or a header)"));
    }
}
