package siteops.api.query;

import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** An instant a reader gives in a query string: ISO-8601 in UTC, or a 400 naming the parameter. */
public final class Instants {

    private Instants() {
    }

    /** Null when not given. */
    public static Instant parse(String parameter, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST,
                    parameter + ": an instant in UTC, as 2021-12-08T09:30:00Z");
        }
    }

    /** Both given, {@code to} may not come before {@code from}. */
    public static void requireOrdered(Instant from, Instant to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST, "to: before from");
        }
    }
}
