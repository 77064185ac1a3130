package siteops.app.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.Writer;

/**
 * Tomcat's own error answers (a request it cannot even parse: a bad percent-encoding, an encoded
 * slash) in problem+json instead of an HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final String CONNECT = "CONNECT";

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int statusCode = response.getStatus();
        if (statusCode < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(statusCode) == null ? HttpStatus.BAD_REQUEST : HttpStatus.valueOf(statusCode);
        if (CONNECT.equals(request.getMethod())) {
            // Tomcat answers 501 to a CONNECT before any route is looked for. siteops answers every
            // method it serves nowhere with a 405; a CONNECT names a host and port to tunnel to,
            // not one of siteops' resources, so no method is allowed on its target.
            status = HttpStatus.METHOD_NOT_ALLOWED;
            response.setStatus(status.value());
            response.setHeader("Allow", "");
        }
        String code = ProblemCodes.codeOf(status);
        String json = "{\"type\":\"urn:problem:siteops:" + code.toLowerCase().replace('_', '-') + "\","
                + "\"title\":\"" + ProblemWriter.titleOf(code) + "\","
                + "\"status\":" + status.value() + ","
                + "\"detail\":\"" + ProblemCodes.detailOf(status) + "\","
                + "\"code\":\"" + code + "\"}";
        try {
            response.setContentType("application/problem+json");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            container.getLogger().debug("Could not write the problem answer", e);
        }
    }
}
