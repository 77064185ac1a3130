package siteops.app.console;

import org.junit.jupiter.api.Test;
import siteops.api.site.TimeZoneLabels;

import static org.assertj.core.api.Assertions.assertThat;

class SiteDialogsTest {

    @Test
    void theModifyDialogOffersEachLabelOnceTheSitesOwnZoneForItsLabel() {
        assertThat(SiteDialogs.zonesOffered("Europe/Brussels")).contains("Europe/Brussels").doesNotContain("Europe/Paris");
        assertThat(SiteDialogs.zonesOffered("Europe/Paris")).contains("Europe/Paris").doesNotContain("Europe/Brussels");
        assertThat(SiteDialogs.zonesOffered("Asia/Kathmandu")).startsWith("Asia/Kathmandu");
        assertThat(SiteDialogs.zonesOffered("Europe/Brussels").stream().map(TimeZoneLabels::labelOf)).doesNotHaveDuplicates();
    }
}
