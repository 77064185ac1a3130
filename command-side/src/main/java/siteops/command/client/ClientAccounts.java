package siteops.command.client;

/** Which partner each client belongs to, as the command side keeps it. */
public interface ClientAccounts {

    /**
     * Makes sure {@code clientId} belongs to {@code partnerId}: assigns it if it belongs to no
     * partner yet, refuses ({@code FORBIDDEN}) if it belongs to another. Runs in the caller's unit
     * of work, so a registration that fails later assigns nothing.
     */
    void assign(String clientId, String partnerId);
}
