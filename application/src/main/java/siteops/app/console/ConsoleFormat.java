package siteops.app.console;

import org.springframework.context.MessageSource;
import siteops.api.query.AvailableVersion;
import siteops.api.site.TimeZoneLabels;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the console writes dates, instants (in UTC, as the portal says under every page), time
 * zones and versions, in the page's language.
 */
public final class ConsoleFormat {

    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter instants;

    ConsoleFormat(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.dates = DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale);
        this.instants = DateTimeFormatter.ofPattern(messages.getMessage("format.instant", null, locale), locale)
                .withZone(ZoneOffset.UTC);
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    public String instant(Instant instant) {
        return instant == null ? "" : instants.format(instant);
    }

    /** {@code (UTC+01:00) Brussels, Copenhagen, Madrid, Paris}. */
    public String timeZone(String timeZone) {
        return TimeZoneLabels.labelOf(timeZone);
    }

    /** {@code 2021.3 (Version complète)}. */
    public String version(AvailableVersion version) {
        return version.kind().labelOf(version.version(), locale);
    }

    public String language() {
        return locale.getLanguage();
    }
}
