package siteops.api.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductVersionTest {

    @Test
    void comparesNumberByNumberNotAsText() {
        assertThat(ProductVersion.parse("2021.10").isNewerThan(ProductVersion.parse("2021.3"))).isTrue();
        assertThat(ProductVersion.parse("2021.3").isNewerThan(ProductVersion.parse("2021.10"))).isFalse();
        assertThat(ProductVersion.parse("2022.1").isNewerThan(ProductVersion.parse("2021.10"))).isTrue();
    }

    @Test
    void aLongerVersionWithTheSamePrefixIsNewer() {
        assertThat(ProductVersion.parse("2021.3.1").isNewerThan(ProductVersion.parse("2021.3"))).isTrue();
    }

    @Test
    void aVersionIsNotNewerThanItself() {
        assertThat(ProductVersion.parse("2021.3").isNewerThan(ProductVersion.parse("2021.03"))).isFalse();
        assertThat(ProductVersion.parse("2021.3")).isEqualTo(ProductVersion.parse("2021.03"));
    }

    @Test
    void canonicalSpellingDropsLeadingZeros() {
        assertThat(ProductVersion.canonical("2021.03")).isEqualTo("2021.3");
    }

    @Test
    void sortKeysSortLikeVersions() {
        String older = ProductVersion.parse("2021.3").sortKey();
        String newer = ProductVersion.parse("2021.10").sortKey();
        String patch = ProductVersion.parse("2021.3.1").sortKey();
        assertThat(older).isLessThan(newer);
        assertThat(older).isLessThan(patch);
        assertThat(patch).isLessThan(newer);
    }

    @Test
    void refusesWhatIsNotAVersion() {
        assertThat(ProductVersion.isValid("2021.x")).isFalse();
        assertThat(ProductVersion.isValid("")).isFalse();
        assertThat(ProductVersion.isValid("1.2.3.4.5")).isFalse();
        assertThat(ProductVersion.isValid(" 2021.3")).isFalse();
        assertThatThrownBy(() -> ProductVersion.parse("v2")).isInstanceOf(IllegalArgumentException.class);
    }
}
