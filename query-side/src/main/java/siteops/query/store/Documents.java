package siteops.query.store;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/** Conversions between BSON values and the views' types. */
public final class Documents {

    private Documents() {
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }

    public static <E extends Enum<E>> E enumValue(Document document, String field, Class<E> type) {
        String value = document.getString(field);
        return value == null ? null : Enum.valueOf(type, value);
    }

    public static int intValue(Document document, String field) {
        Number value = document.get(field, Number.class);
        return value == null ? 0 : value.intValue();
    }

    public static long longValue(Document document, String field) {
        Number value = document.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }
}
