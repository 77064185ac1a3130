package siteops.query.history;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.api.metadata.MetaDataKeys;
import siteops.query.store.ProcessingGroups;

import java.util.Map;

import static siteops.query.store.Documents.date;

/**
 * Writes every event of every site into {@code site_history}, one document per event, keyed by
 * the event's id: writing the same event twice leaves one identical document.
 */
@Component
@ProcessingGroup(ProcessingGroups.SITE_HISTORY)
public class SiteHistoryProjection {

    static final String SITE_AGGREGATE = "Site";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final HistoryCollection history;
    private final ObjectMapper objectMapper;

    public SiteHistoryProjection(HistoryCollection history, ObjectMapper objectMapper) {
        this.history = history;
        this.objectMapper = objectMapper;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!SITE_AGGREGATE.equals(message.getType())) {
            return;
        }
        Map<String, Object> details = objectMapper.convertValue(event, FIELDS);
        details.remove("siteId");
        Object actor = message.getMetaData().get(MetaDataKeys.ACTOR);
        Document entry = new Document("siteId", message.getAggregateIdentifier())
                .append("sequence", message.getSequenceNumber())
                .append("occurredAt", date(message.getTimestamp()))
                .append("type", event.getClass().getSimpleName())
                .append("summary", HistorySummaries.of(event))
                .append("actor", actor == null ? null : actor.toString())
                .append("details", new Document(details));
        history.documents().replaceOne(Filters.eq("_id", message.getIdentifier()), entry,
                new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        history.documents().deleteMany(new Document());
    }
}
