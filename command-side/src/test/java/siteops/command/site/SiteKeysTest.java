package siteops.command.site;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.api.site.SiteKeyClaimed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteKeysTest {

    private EventStore eventStore;
    private SiteKeys keys;

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        keys = new RepositorySiteKeys(EventSourcingRepository.builder(SiteKey.class).eventStore(eventStore).build());
    }

    private void claim(String key, String siteId) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> keys.claim(key, siteId, "the key " + key));
    }

    @Test
    void aFreeKeyIsClaimedByTheSite() {
        claim(SiteKeys.nameKey("SAGE-CS"), "site-1");

        assertThat(eventStore.readEvents(SiteKeys.nameKey("sage-cs")).next().getPayload())
                .isEqualTo(new SiteKeyClaimed("site-name:sage-cs", "site-1"));
    }

    @Test
    void aTakenKeyIsRefusedToAnotherSiteWhateverItsCase() {
        claim(SiteKeys.nameKey("SAGE-CS"), "site-1");

        assertThatThrownBy(() -> claim(SiteKeys.nameKey(" sage-cs "), "site-2"))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.SITE_ALREADY_REGISTERED));
    }

    @Test
    void serialNumbersAreKeysOfTheirOwn() {
        claim(SiteKeys.nameKey("H328128"), "site-1");
        claim(SiteKeys.serialNumberKey("H328128"), "site-2");

        assertThat(eventStore.readEvents(SiteKeys.serialNumberKey("h328128")).asStream().count()).isEqualTo(1);
    }
}
