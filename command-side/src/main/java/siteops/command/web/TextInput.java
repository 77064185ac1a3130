package siteops.command.web;

/** What a name, an id or a label in a request body may look like. */
public final class TextInput {

    /** Printable text that neither starts nor ends with white space. */
    public static final String PRINTABLE_TRIMMED = "[^\\p{Cntrl}\\s]([^\\p{Cntrl}]*[^\\p{Cntrl}\\s])?";
    public static final String PRINTABLE_TRIMMED_MESSAGE =
            "must be printable text, without control characters or surrounding spaces";

    private TextInput() {
    }
}
