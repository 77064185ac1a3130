package siteops.query.admin;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * The rebuild of each read model, in the read-model store ({@code read_model_rebuilds}, one
 * document per read model), so that every process sharing the store takes part in it: each stops
 * its processor ({@link Phase#STOPPING}), one of them resets the tokens and empties the read model
 * once no segment is claimed any more ({@link Phase#RESETTING}), then each starts its processor
 * again ({@link Phase#REPLAYING}). A rebuild is numbered ({@code generation}); each step is a
 * conditional write of the document, so that two processes never take the same step of the same
 * rebuild.
 */
@Component
public class ReadModelRebuilds {

    static final String COLLECTION = "read_model_rebuilds";
    private static final String GENERATION = "generation";
    private static final String PHASE = "phase";
    private static final String PHASE_SINCE = "phaseSince";
    private static final String RESET_BY = "resetBy";
    private static final String RESET_HEAD = "resetHead";

    public enum Phase {
        STOPPING,
        RESETTING,
        REPLAYING
    }

    /** A rebuild: its number, its phase and since when, who reset the tokens, and the last event stored then (-1: none). */
    public record Rebuild(String readModel, long generation, Phase phase, Instant phaseSince, String resetBy,
                          Long resetHead) {
    }

    private final MongoCollection<Document> rebuilds;

    public ReadModelRebuilds(MongoDatabase readModels) {
        this.rebuilds = readModels.getCollection(COLLECTION);
    }

    public Optional<Rebuild> of(String readModel) {
        return Optional.ofNullable(rebuilds.find(Filters.eq("_id", readModel)).first()).map(ReadModelRebuilds::rebuild);
    }

    /**
     * A new rebuild of the read model after {@code previous} (none: the first), unless another
     * request began one first: then empty.
     */
    Optional<Rebuild> begin(String readModel, Optional<Rebuild> previous) {
        if (previous.isEmpty()) {
            Document first = new Document("_id", readModel).append(GENERATION, 1L)
                    .append(PHASE, Phase.STOPPING.name()).append(PHASE_SINCE, new Date());
            try {
                rebuilds.insertOne(first);
                return Optional.of(rebuild(first));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return Optional.empty();
                }
                throw e;
            }
        }
        Bson update = Updates.combine(Updates.inc(GENERATION, 1L), Updates.set(PHASE, Phase.STOPPING.name()),
                Updates.set(PHASE_SINCE, new Date()), Updates.unset(RESET_BY), Updates.unset(RESET_HEAD));
        Bson unchanged = Filters.and(Filters.eq("_id", readModel), Filters.eq(GENERATION, previous.get().generation()),
                Filters.eq(PHASE, Phase.REPLAYING.name()));
        return Optional.ofNullable(rebuilds.findOneAndUpdate(unchanged, update,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(ReadModelRebuilds::rebuild);
    }

    /** This process resets the tokens of that rebuild, unless another process already does (and is not stuck at it since {@code staleBefore}). */
    boolean claimReset(Rebuild rebuild, String node, Instant staleBefore) {
        Bson ready = Filters.or(Filters.eq(PHASE, Phase.STOPPING.name()), Filters.and(
                Filters.eq(PHASE, Phase.RESETTING.name()), Filters.lt(PHASE_SINCE, Date.from(staleBefore))));
        return rebuilds.findOneAndUpdate(
                Filters.and(Filters.eq("_id", rebuild.readModel()), Filters.eq(GENERATION, rebuild.generation()), ready),
                Updates.combine(Updates.set(PHASE, Phase.RESETTING.name()), Updates.set(PHASE_SINCE, new Date()),
                        Updates.set(RESET_BY, node))) != null;
    }

    /** The reset failed (a process claimed a segment meanwhile): the rebuild waits for the claims again. */
    void resetFailed(Rebuild rebuild, String node) {
        rebuilds.updateOne(Filters.and(Filters.eq("_id", rebuild.readModel()), Filters.eq(GENERATION, rebuild.generation()),
                        Filters.eq(RESET_BY, node)),
                Updates.combine(Updates.set(PHASE, Phase.STOPPING.name()), Updates.set(PHASE_SINCE, new Date())));
    }

    void replaying(Rebuild rebuild, long resetHead) {
        rebuilds.updateOne(Filters.and(Filters.eq("_id", rebuild.readModel()), Filters.eq(GENERATION, rebuild.generation())),
                Updates.combine(Updates.set(PHASE, Phase.REPLAYING.name()), Updates.set(PHASE_SINCE, new Date()),
                        Updates.set(RESET_HEAD, resetHead)));
    }

    private static Rebuild rebuild(Document document) {
        Number head = document.get(RESET_HEAD, Number.class);
        return new Rebuild(document.getString("_id"), document.get(GENERATION, Number.class).longValue(),
                Phase.valueOf(document.getString(PHASE)), document.getDate(PHASE_SINCE).toInstant(),
                document.getString(RESET_BY), head == null ? null : head.longValue());
    }
}
