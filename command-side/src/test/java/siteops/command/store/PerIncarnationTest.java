package siteops.command.store;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class PerIncarnationTest {

    private final AtomicLong incarnation = new AtomicLong(1);
    private final PerIncarnation<Set<String>> remembered = new PerIncarnation<>(incarnation::get, HashSet::new);

    @Test
    void whatIsRememberedLastsAsLongAsTheIncarnationItWasReadFrom() {
        remembered.current().add("site-1");
        assertThat(remembered.current()).containsExactly("site-1");

        incarnation.set(2);
        assertThat(remembered.current()).isEmpty();
    }

    @Test
    void aThreadStillOnAnEndedIncarnationNeitherSeesNorLeavesAnything() {
        remembered.current().add("site-1");
        incarnation.set(StoreIncarnation.SUPERSEDED);
        assertThat(remembered.current()).isEmpty();
        remembered.current().add("stale");

        incarnation.set(1);
        assertThat(remembered.current()).containsExactly("site-1");
    }

    @Test
    void theCacheOfAggregatesServesOnlyWhatWasReadFromTheIncarnationInUse() {
        BoundedCache cache = new BoundedCache(10, incarnation::get);
        cache.put("site-1", "as read from the first incarnation");

        incarnation.set(StoreIncarnation.SUPERSEDED);
        cache.put("site-2", "read through a connection to a database since closed");
        assertThat(cache.<String, String>get("site-1")).isNull();

        incarnation.set(2);
        assertThat(cache.containsKey("site-1")).isFalse();
        assertThat(cache.containsKey("site-2")).isFalse();
    }
}
