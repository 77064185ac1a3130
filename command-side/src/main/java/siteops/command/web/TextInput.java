package siteops.command.web;

/**
 * What a name, an id or a label in a request body may look like: text that shows what it is.
 * Java's {@code \p{Cntrl}} and {@code \s} cover ASCII only, so that a name could hide a zero-width
 * space, a no-break space or a right-to-left override, and look like another name. The rule is on
 * Unicode general categories (those of the running JDK) instead.
 */
public final class TextInput {

    /**
     * Characters that are not control, format, surrogate, private-use, unassigned (categories C*)
     * or separators (Z*), nor default-ignorable: the letters and marks of Unicode's
     * Default_Ignorable_Code_Point (DerivedCoreProperties.txt) that are outside C*, such as the
     * Hangul fillers and the variation selectors, which render as nothing; and the Braille blank
     * (U+2800), a symbol that renders as a space.
     */
    private static final String VISIBLE = "[^\\p{C}\\p{Z}\\x{034F}\\x{115F}\\x{1160}\\x{17B4}\\x{17B5}"
            + "\\x{180B}-\\x{180F}\\x{2800}\\x{3164}\\x{FE00}-\\x{FE0F}\\x{FFA0}\\x{E0100}-\\x{E01EF}]";

    /**
     * Visible characters, with single plain spaces (U+0020) between them but not at either end (two
     * in a row read as one). The first character is no combining mark, which would join whatever
     * precedes the text where it is shown.
     */
    public static final String PRINTABLE_TRIMMED =
            "(?!\\p{M})" + VISIBLE + "(?:(?:" + VISIBLE + "| (?! ))*" + VISIBLE + ")?";
    public static final String PRINTABLE_TRIMMED_MESSAGE = "must be printable text: no control, format, invisible, "
            + "unassigned or private-use characters, no spaces but single U+0020 and none at either end, "
            + "no combining mark first";

    private TextInput() {
    }
}
