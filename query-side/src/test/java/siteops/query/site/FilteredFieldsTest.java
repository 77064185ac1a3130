package siteops.query.site;

import org.junit.jupiter.api.Test;
import siteops.api.query.SiteFilter;
import siteops.api.site.Edition;
import siteops.api.site.SiteStatus;
import siteops.api.site.SiteType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FilteredFieldsTest {

    @Test
    void aFilterKeepsExactlyTheSitesWhoseFieldsItNamesAreEqual() {
        for (SiteStatus status : withNone(SiteStatus.values())) {
            for (Edition edition : withNone(Edition.values())) {
                for (SiteType type : withNone(SiteType.values())) {
                    FilteredFields filter = FilteredFields.of(new SiteFilter(status, edition, type, null));
                    for (SiteStatus siteStatus : withNone(SiteStatus.values())) {
                        for (Edition siteEdition : withNone(Edition.values())) {
                            for (SiteType siteType : withNone(SiteType.values())) {
                                boolean expected = (status == null || status == siteStatus)
                                        && (edition == null || edition == siteEdition)
                                        && (type == null || type == siteType);
                                assertThat(filter.match(FilteredFields.of(siteStatus, siteEdition, siteType)))
                                        .as("%s %s %s against a site %s %s %s", status, edition, type,
                                                siteStatus, siteEdition, siteType)
                                        .isEqualTo(expected);
                            }
                        }
                    }
                }
            }
        }
    }

    private static <T> List<T> withNone(T[] values) {
        List<T> all = new ArrayList<>(Arrays.asList(values));
        all.add(null);
        return all;
    }
}
