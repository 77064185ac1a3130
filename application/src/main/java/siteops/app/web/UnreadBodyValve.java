package siteops.app.web;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

import java.io.IOException;

/**
 * A request answered without its body read in full (refused on its headers: no credentials, too
 * large, too many at once) has the rest of its body left unread, and its connection closed after
 * the answer. Tomcat would otherwise read it to the end, up to its max-swallow-size, to keep the
 * connection for the next request: on a thread of the server, for as long as a slow client takes.
 */
class UnreadBodyValve extends ValveBase {

    UnreadBodyValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (request.isAsync() || request.isFinished()) {
            return;
        }
        // Said, or a client that keeps connections alive sends its next request into the closed one.
        if (!response.isCommitted()) {
            response.setHeader("Connection", "close");
        }
        // Sent first: giving up the body puts the request in error, which turns an uncommitted 2xx into a 500.
        response.flushBuffer();
        request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
    }
}
