package siteops.api.text;

import java.util.List;
import java.util.Locale;

/**
 * The languages siteops writes its labels in: French, the portal's and the default, and English.
 * Whoever asks for another is answered in French.
 */
public final class Languages {

    public static final List<Locale> SPOKEN = List.of(Locale.FRENCH, Locale.ENGLISH);

    private Languages() {
    }

    /** French or English, whichever {@code asked} is; French for any other language, or none. */
    public static Locale spoken(Locale asked) {
        return isEnglish(asked) ? Locale.ENGLISH : Locale.FRENCH;
    }

    public static boolean isEnglish(Locale asked) {
        return asked != null && Locale.ENGLISH.getLanguage().equals(asked.getLanguage());
    }
}
