package siteops.app.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A request written byte for byte, for what an HTTP client library refuses to send. */
public final class RawHttp {

    private RawHttp() {
    }

    public static String get(int port, String rawPath) throws IOException {
        return send(port, "GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    /** Sends {@code request} as it is (request line, headers, body) and answers all the server wrote back. */
    public static String send(int port, String request) throws IOException {
        return send(port, request, Duration.ofSeconds(5));
    }

    /** As {@link #send(int, String)}, waiting up to {@code timeout} for each packet of the answer. */
    public static String send(int port, String request, Duration timeout) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
