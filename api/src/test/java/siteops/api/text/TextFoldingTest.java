package siteops.api.text;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TextFoldingTest {

    /**
     * What requests may hold, default-ignorable characters aside: no unassigned, control, format,
     * private-use, surrogate or separator character.
     */
    private static final Pattern ACCEPTED_CHARACTER = Pattern.compile("[^\\p{C}\\p{Z}]");

    @Test
    void plainAsciiFoldsToItsLowerCaseAsKeysAlwaysWere() {
        String printableAscii = IntStream.rangeClosed(0x20, 0x7E)
                .mapToObj(Character::toString).collect(Collectors.joining());

        assertThat(TextFolding.fold(printableAscii)).isEqualTo(printableAscii.toLowerCase(Locale.ROOT));
        assertThat(TextFolding.fold("SAGE-CS Prod_2")).isEqualTo("sage-cs prod_2");
    }

    @Test
    void everySpellingOfSharpSFoldsAlike() {
        assertThat(Set.of("STRASSE", "Straße", "STRAẞE", "strasse").stream().map(TextFolding::fold))
                .containsOnly("strasse");
    }

    @Test
    void compatibilityFormsFoldToThePlainCharacters() {
        assertThat(TextFolding.fold("Ｈ３２８１２８")).isEqualTo(TextFolding.fold("H328128"));
        assertThat(TextFolding.fold("\u212Aelvin")).isEqualTo("kelvin");
        assertThat(TextFolding.fold("ﬀ")).isEqualTo("ff");
        assertThat(TextFolding.fold("\u2160\u2161")).isEqualTo("iii");
        assertThat(TextFolding.fold("SAGE\u2010CS")).isEqualTo("sage-cs");
        assertThat(TextFolding.fold("SAGE\u2212CS")).isEqualTo("sage-cs");
        assertThat(TextFolding.fold("SAGE\u2014CS")).isEqualTo("sage-cs");
    }

    /**
     * Unicode's NFKC_Casefold (ICU's) is the reference: any two characters it makes equal, folding
     * makes equal too, for every character the JDK knows that a request may hold.
     */
    @Test
    void charactersThatNfkcCasefoldMakesEqualFoldAlike() {
        Normalizer2 nfkcCasefold = Normalizer2.getNFKCCasefoldInstance();
        Map<String, Set<String>> foldsByReference = new HashMap<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String character = Character.toString(codePoint);
            String reference = nfkcCasefold.normalize(character);
            // NFKC_Casefold deletes the default-ignorable characters, which requests refuse
            if (!ACCEPTED_CHARACTER.matcher(character).matches() || reference.isEmpty()) {
                continue;
            }
            foldsByReference.computeIfAbsent(reference, key -> new HashSet<>()).add(TextFolding.fold(character));
        }

        assertThat(foldsByReference).hasSizeGreaterThan(100_000);
        assertThat(foldsByReference.entrySet().stream().filter(folds -> folds.getValue().size() > 1))
                .isEmpty();
    }
}
