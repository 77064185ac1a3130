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

import java.util.List;
import java.util.Locale;

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

    private void assertRefused(Runnable claim) {
        assertThatThrownBy(claim::run)
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.SITE_ALREADY_REGISTERED));
    }

    /** The keys already in event stores: a plain ASCII name or serial number must keep its key. */
    @Test
    void theKeysOfPlainAsciiTextAreThoseOfBeforeFolding() {
        assertThat(SiteKeys.nameKey("SAGE-CS")).isEqualTo("site-name:sage-cs");
        assertThat(SiteKeys.serialNumberKey("h328128")).isEqualTo("serial-number:H328128");
        for (String text : List.of("SAGE-CS-PROD", "Bistro Test 2", "a.b_c~d!e@f#g$h%i^j&k*l(m)n+o=p{q}r[s]t|u",
                "Mixed Case 123", "\"quoted\" 'text' /path\\x ?<>,;:`")) {
            assertThat(SiteKeys.nameKey(text)).isEqualTo("site-name:" + text.trim().toLowerCase(Locale.ROOT));
            assertThat(SiteKeys.serialNumberKey(text))
                    .isEqualTo("serial-number:" + text.trim().toUpperCase(Locale.ROOT));
        }
    }

    @Test
    void aFullWidthSerialNumberIsTheSameSerialNumber() {
        claim(SiteKeys.serialNumberKey("H328128"), "site-1");

        assertRefused(() -> claim(SiteKeys.serialNumberKey("Ｈ３２８１２８"), "site-2"));
        assertRefused(() -> claim(SiteKeys.serialNumberKey("ｈ３２８１２８"), "site-2"));
    }

    @Test
    void namesThatFoldAlikeAreTheSameName() {
        claim(SiteKeys.nameKey("STRASSE"), "site-1");
        claim(SiteKeys.nameKey("kelvin"), "site-1");
        claim(SiteKeys.nameKey("SAGE-CS"), "site-1");

        assertRefused(() -> claim(SiteKeys.nameKey("Straße"), "site-2"));
        assertRefused(() -> claim(SiteKeys.nameKey("STRAẞE"), "site-2"));
        assertRefused(() -> claim(SiteKeys.nameKey("\u212Aelvin"), "site-2"));
        assertRefused(() -> claim(SiteKeys.nameKey("ｓａｇｅ－ｃｓ"), "site-2"));
    }

    @Test
    void aKeyLongerThanTheEventStoreHoldsIsAnInvalidName() {
        String ligatures = "\uFDFA".repeat(15);

        assertThatThrownBy(() -> SiteKeys.nameKey(ligatures)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.refusal().detail()).startsWith("name: "));
        assertThatThrownBy(() -> SiteKeys.serialNumberKey(ligatures)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.refusal().detail()).startsWith("serialNumber: "));
        assertThat(SiteKeys.nameKey("\uFDFA".repeat(13))).hasSizeLessThanOrEqualTo(SiteKeys.MAX_KEY_LENGTH);
    }
}
