package siteops.query.history;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class HistorySummariesTest {

    @Test
    void aSummaryIsWrittenInTheReadersLanguageFrenchUnlessEnglish() {
        HistorySummaries summary = new HistorySummaries("updateRequested", List.of("2020.3", "2021.3"));
        assertThat(summary.in(Locale.ENGLISH)).isEqualTo("Update from 2020.3 to 2021.3 requested");
        assertThat(summary.in(Locale.FRENCH)).isEqualTo("Mise à jour de 2020.3 vers 2021.3 demandée");
        assertThat(summary.in(Locale.GERMAN)).isEqualTo("Mise à jour de 2020.3 vers 2021.3 demandée");
        assertThat(new HistorySummaries("backupFailed", List.of("disk full")).in(Locale.FRENCH))
                .as("an apostrophe of the sentence is kept, not taken for MessageFormat's quote")
                .isEqualTo("Échec de la sauvegarde (disk full) ; rien du site n'a changé");
    }

    @Test
    void wordsFromTheEventAreWrittenAsTheyAreEvenWithBracesOrQuotes() {
        assertThat(new HistorySummaries("siteLocked", List.of("l'audit {annuel}")).in(Locale.FRENCH))
                .isEqualTo("Site verrouillé (l'audit {annuel}) ; personne ne peut se connecter");
    }

    @Test
    void bothLanguagesHaveTheSameSentences() throws IOException {
        assertThat(load("/history/summaries.properties").stringPropertyNames())
                .isEqualTo(load("/history/summaries_en.properties").stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HistorySummariesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
