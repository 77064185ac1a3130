package siteops.app.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;

import java.io.IOException;

/**
 * Spring MVC's dispatcher, except that a TRACE goes to the routes like any other method (no route
 * serves it: 405 with the methods the route allows), and is never echoed back: the servlet's own
 * TRACE answer repeats the request's headers, and would be written after the 405.
 */
class RoutedTraceDispatcherServlet extends DispatcherServlet {

    @Override
    protected void doTrace(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        processRequest(request, response);
    }
}
