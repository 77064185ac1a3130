package siteops.query.history;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import siteops.api.metadata.MetaDataKeys;
import siteops.api.naming.StoredEventNames;
import siteops.query.store.ProcessingGroups;
import siteops.query.store.ReadModelWrites;

import static siteops.query.store.Documents.date;

/**
 * Writes every event of every site into {@code site_history}, one document per event, keyed by
 * the event's id: writing the same event twice leaves one identical document. The details are
 * the event's payload as the event store serializes it.
 */
@Component
@ProcessingGroup(ProcessingGroups.SITE_HISTORY)
public class SiteHistoryProjection {

    static final String SITE_AGGREGATE = "Site";

    private final HistoryCollection history;
    private final Serializer eventSerializer;

    public SiteHistoryProjection(HistoryCollection history, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.history = history;
        this.eventSerializer = eventSerializer;
    }

    /**
     * Takes the message rather than the payload, so that the events of other aggregates (most of
     * the stream: every site's name and serial-number claims) are skipped before their payload is
     * deserialized, and the details come from the payload as stored, without serializing it again.
     */
    @EventHandler
    void on(DomainEventMessage<?> message) {
        if (!SITE_AGGREGATE.equals(message.getType())) {
            return;
        }
        Document details = Document.parse(message.serializePayload(eventSerializer, String.class).getData());
        details.remove("siteId");
        Object actor = message.getMetaData().get(MetaDataKeys.ACTOR);
        HistorySummaries summary = HistorySummaries.of(message.getPayload());
        Document entry = new Document("siteId", message.getAggregateIdentifier())
                .append("sequence", message.getSequenceNumber())
                .append("occurredAt", date(message.getTimestamp()))
                .append("type", StoredEventNames.nameOf(message.getPayloadType())
                        .orElse(message.getPayloadType().getSimpleName()))
                .append(HistoryCollection.SUMMARY_KEY, summary.key())
                .append(HistoryCollection.SUMMARY_ARGUMENTS, summary.arguments())
                .append("actor", actor == null ? null : actor.toString())
                .append("details", details);
        ReadModelWrites.insertIfAbsent(history.documents(), message.getIdentifier(), entry);
    }

    @ResetHandler
    void reset() {
        history.empty();
    }
}
