package siteops.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each read model's processor stands, as the tokens in the read-model store say, segment by
 * segment, whichever process works each segment. Read only: nothing here claims a segment. With
 * several processes, this is how a process that works none of a processor's segments knows how
 * far its read model is.
 */
@Component
public class ReadModelPositions {

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;

    public ReadModelPositions(MongoDatabase readModels, @Qualifier("serializer") Serializer serializer) {
        this.tokens = readModels.getCollection(ReadModelProcessingConfiguration.TOKEN_COLLECTION);
        this.serializer = serializer;
    }

    /** The token of each segment, in segment order; none before the processor first started anywhere. */
    public Segments of(String processor) {
        List<TrackingToken> segments = new ArrayList<>();
        for (Document entry : tokens.find(Filters.eq("processorName", processor))
                .projection(Projections.include("token", "tokenType")).sort(Sorts.ascending("segment"))) {
            segments.add(tokenOf(entry));
        }
        return new Segments(segments);
    }

    private TrackingToken tokenOf(Document entry) {
        String type = entry.getString("tokenType");
        Object stored = entry.get("token");
        if (type == null || stored == null) {
            return null;
        }
        byte[] bytes = stored instanceof Binary binary ? binary.getData() : (byte[]) stored;
        SerializedObject<byte[]> serialized = new SimpleSerializedObject<>(bytes, byte[].class, type, null);
        return serializer.deserialize(serialized);
    }

    /** The tokens of a processor's segments (a null token: a segment that has taken no event yet). */
    public record Segments(List<TrackingToken> tokens) {

        /** Every segment has handled the event at {@code index}, or passed it for another segment. */
        public boolean havePassed(long index) {
            return !tokens.isEmpty() && tokens.stream().allMatch(token -> passed(token, index));
        }

        /** The lowest position of the segments; null if there is none, or one has taken no event. */
        public Long lowestPosition() {
            Long lowest = null;
            for (TrackingToken token : tokens) {
                if (token == null || token.position().isEmpty()) {
                    return null;
                }
                lowest = lowest == null ? token.position().getAsLong() : Math.min(lowest, token.position().getAsLong());
            }
            return lowest;
        }

        /** A position from which a reader of the stream misses no event that one of the segments has not passed. */
        public TrackingToken lowerBound() {
            TrackingToken bound = null;
            for (int i = 0; i < tokens.size(); i++) {
                TrackingToken token = WrappedToken.unwrapLowerBound(tokens.get(i));
                if (token == null) {
                    return null;
                }
                bound = i == 0 ? token : bound.lowerBound(token);
            }
            return bound;
        }

        public boolean anyReplaying() {
            return tokens.stream().anyMatch(ReplayToken::isReplay);
        }

        private static boolean passed(TrackingToken token, long index) {
            TrackingToken current = WrappedToken.unwrapLowerBound(token);
            if (current == null) {
                return false;
            }
            if (current instanceof GapAwareTrackingToken gapAware) {
                return index <= gapAware.getIndex() && !gapAware.getGaps().contains(index);
            }
            return current.position().orElse(-1) >= index;
        }
    }
}
