package siteops.command.store;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.access.Actor;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.api.site.Edition;
import siteops.api.site.MigrateProduct;
import siteops.api.site.SiteRegistered;
import siteops.api.site.SiteType;
import siteops.command.site.Site;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static siteops.command.testing.Actors.ACME;
import static siteops.command.testing.Actors.GLOBEX;

class CachingRepositoryTest {

    private static final String SITE = "site-1";

    private final BoundedCache cache = new BoundedCache(10, StoreIncarnation.ONLY);
    private EventStore eventStore;
    private CachingRepository<Site> repository;

    @BeforeEach
    void anEssentialsSiteOfAcme() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        eventStore.publish(new GenericDomainEventMessage<>("Site", SITE, 0, new SiteRegistered(SITE, "SAGE-CS",
                "Sage 100", Edition.Essentials, "2020.3", "Normal", SiteType.Staging, "Europe/Paris", true,
                "H328128", "acme", "client", List.of())));
        repository = repositoryOf(cache, EventStoreWriters.THIS_PROCESS_ONLY);
    }

    private CachingRepository<Site> repositoryOf(BoundedCache itsCache, EventStoreWriters writers) {
        return new CachingRepository<>(EventSourcingRepository.builder(Site.class), eventStore, itsCache, writers);
    }

    private static void migrate(CachingRepository<Site> repository, Actor actor) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> repository.load(SITE)
                .execute(site -> site.handle(new MigrateProduct(SITE, Edition.Premium, null, null), actor)));
    }

    private void migrateAs(Actor actor) {
        migrate(repository, actor);
    }

    @Test
    void aRefusedCommandLeavesTheSiteCached() {
        migrateAs(ACME);
        assertThat(cache.containsKey(SITE)).isTrue();

        assertThatThrownBy(() -> migrateAs(GLOBEX)).isInstanceOf(RefusedException.class);

        assertThat(cache.containsKey(SITE)).isTrue();
    }

    @Test
    void aSiteReadFromTheStoreForARefusedCommandIsCachedToo() {
        assertThatThrownBy(() -> migrateAs(GLOBEX)).isInstanceOf(RefusedException.class);

        assertThat(cache.containsKey(SITE)).isTrue();
    }

    @Test
    void aSiteChangedByAUnitOfWorkThatFailsIsEvictedAndReadAgainAsStored() {
        assertThatThrownBy(() -> DefaultUnitOfWork.startAndGet(null).execute(() -> {
            repository.load(SITE).execute(site -> site.handle(new MigrateProduct(SITE, Edition.Premium, null, null),
                    ACME));
            throw new IllegalStateException("the store failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(cache.containsKey(SITE)).isFalse();
        migrateAs(ACME);
        assertThatThrownBy(() -> migrateAs(ACME)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.code()).isEqualTo(RefusalCode.SAME_EDITION));
    }

    @Test
    void withSeveralProcessesACachedSiteAnotherProcessChangedIsReadAgainBeforeDeciding() {
        CachingRepository<Site> thisProcess = repositoryOf(cache, EventStoreWriters.SEVERAL_PROCESSES);
        CachingRepository<Site> otherProcess = repositoryOf(new BoundedCache(10, StoreIncarnation.ONLY),
                EventStoreWriters.SEVERAL_PROCESSES);
        assertThatThrownBy(() -> migrate(thisProcess, GLOBEX)).isInstanceOf(RefusedException.class);
        assertThat(cache.containsKey(SITE)).isTrue();

        migrate(otherProcess, ACME);

        assertThatThrownBy(() -> migrate(thisProcess, ACME)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.code()).isEqualTo(RefusalCode.SAME_EDITION));
        assertThat(eventStore.lastSequenceNumberFor(SITE)).contains(1L);
    }
}
