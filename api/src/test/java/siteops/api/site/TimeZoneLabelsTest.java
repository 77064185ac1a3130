package siteops.api.site;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class TimeZoneLabelsTest {

    @Test
    void aZoneOfThePlatformIsLabelledAsThePortalShowsIt() {
        assertThat(TimeZoneLabels.labelOf("Europe/Paris")).isEqualTo("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris");
        assertThat(TimeZoneLabels.labelOf("Europe/Brussels")).isEqualTo("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris");
        assertThat(TimeZoneLabels.labelOf("Europe/London")).isEqualTo("(UTC+00:00) Dublin, Edinburgh, Lisbon, London");
        assertThat(TimeZoneLabels.labelOf("America/St_Johns")).isEqualTo("(UTC-03:30) Newfoundland");
        assertThat(TimeZoneLabels.labelOf("Asia/Kolkata")).isEqualTo("(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi");
        assertThat(TimeZoneLabels.labelOf("Etc/UTC")).isEqualTo("(UTC) Coordinated Universal Time");
    }

    @Test
    void theOffsetIsTheStandardOneWhateverTheSeason() {
        assertThat(TimeZoneLabels.labelOf("America/New_York")).startsWith("(UTC-05:00) ");
    }

    @Test
    void anotherZoneIsLabelledWithItsOffsetAndCity() {
        assertThat(TimeZoneLabels.labelOf("Asia/Kathmandu")).isEqualTo("(UTC+05:45) Kathmandu");
        assertThat(TimeZoneLabels.labelOf("America/Argentina/San_Luis")).isEqualTo("(UTC-03:00) San Luis");
        assertThat(TimeZoneLabels.labelOf("not a zone")).isEqualTo("not a zone");
    }

    @Test
    void theOfferedZonesAreRealOnePerLabelAndFromWestToEast() {
        assertThat(TimeZoneLabels.offered()).allSatisfy(id -> assertThat(ZoneId.getAvailableZoneIds()).contains(id));
        assertThat(TimeZoneLabels.offered().stream().map(TimeZoneLabels::labelOf)).doesNotHaveDuplicates();
        assertThat(TimeZoneLabels.offered()).contains("Europe/Paris", "Etc/UTC");
        assertThat(TimeZoneLabels.labelOf(TimeZoneLabels.offered().get(0))).startsWith("(UTC-10:00)");
    }
}
