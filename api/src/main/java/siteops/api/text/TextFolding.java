package siteops.api.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule by which two texts that read alike are the same text, for what must be unique
 * (site names, serial numbers, a site's companies) and for searching: texts are equal when their
 * folded forms are.
 * <p>
 * Folding is NFKC, then a full case fold, then NFKC again, as Unicode defines its
 * NFKC_Casefold (UAX #44), on the JDK alone. NFKC maps compatibility characters to
 * their plain form: full-width "Ｈ３２８" to "H328", the Kelvin sign to K, the ligature "ﬀ" to
 * "ff". The JDK has no case folding, so lower case, upper case, lower case again stands in for it:
 * upper case alone takes "ß" to "SS" but leaves the capital sharp s "ẞ", lower case first takes
 * that to "ß"; the last lower case settles on one form ("STRASSE", "Straße" and "STRAẞE" all fold
 * to "strasse"). The final NFKC puts back together what case mapping decomposed ("ǰ"). This
 * merges every pair of characters NFKC_Casefold merges (TextFoldingTest checks every character
 * against ICU's), and a few more (dotless ı with i), which for uniqueness errs on the safe side.
 * Default-ignorable characters, which NFKC_Casefold deletes, never reach it: requests refuse them.
 * <p>
 * On plain ASCII, folding is {@code toLowerCase(Locale.ROOT)}: the keys of names and serial
 * numbers stored before folding existed stay what they were.
 */
public final class TextFolding {

    private TextFolding() {
    }

    /** Every dash and the minus sign read as the hyphen-minus: "SAGE‐CS" and "SAGE−CS" are "SAGE-CS". */
    private static final Pattern DASH = Pattern.compile("[\\p{Pd}\\x{2212}]");

    public static String fold(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String caseFolded = compatible.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return DASH.matcher(Normalizer.normalize(caseFolded, Normalizer.Form.NFKC)).replaceAll("-");
    }
}
