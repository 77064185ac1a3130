package siteops.command.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class TextInputTest {

    private static final Pattern PRINTABLE_TRIMMED = Pattern.compile(TextInput.PRINTABLE_TRIMMED);

    @ParameterizedTest
    @ValueSource(strings = {"SAGE-CS", "H328128", "A", "Sage 100 Prod", "Café Zoë", "e\u0301t\u00E9", "Straße",
            "日本語のサイト", "Ｈ３２８１２８", "\uD83D\uDE80 rocket"})
    void acceptsWhatShowsWhatItIs(String text) {
        assertThat(PRINTABLE_TRIMMED.matcher(text).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SAGE\u200BCS",  // zero-width space (format)
            "SAGE\u00A0CS",  // no-break space (space separator)
            "\u202ESAGE-CS", // right-to-left override (format)
            "SAGE\u0085CS",  // next line (control)
            "SAGE\u2028CS",  // line separator
            "SAGE\u2029CS",  // paragraph separator
            "\uFEFFSAGE-CS", // byte order mark, zero-width no-break space (format)
            "SAGE\u3000CS",  // ideographic space
            "SAGE\u2060CS",  // word joiner (format)
            "SAGE\u00ADCS",  // soft hyphen (format)
            "SAGE\tCS", "SAGE\u0000CS", "SAGE\u007FCS",
            " SAGE-CS", "SAGE-CS ", " ",
            "\u0301", "\u0301SAGE", // a combining mark first
            "SAGE\u3164CS",  // Hangul filler: a letter that shows as nothing
            "SAGE\uFE0FCS",  // variation selector
            "SAGE\u034FCS",  // combining grapheme joiner
            "SAGE\uE000CS",  // private use
            "SAGE\uD800CS",  // a lone surrogate
            "SAGE\u0378CS",  // unassigned
            "SAGE\u2800CS",  // Braille blank: a symbol that shows as a space
            "SAGE  CS"       // two spaces, which read as one
    })
    void refusesWhatHidesOrMimicsCharacters(String text) {
        assertThat(PRINTABLE_TRIMMED.matcher(text).matches()).isFalse();
    }
}
