package siteops.query.store;

/**
 * A read model held in the heap, loaded at the start from the MongoDB collection it is derived
 * from and kept up to date beside it. Until it is loaded, reads wait as they do for a processor
 * that has not caught up ({@link ReadModelCatchUp}).
 */
public interface InMemoryReadModel {

    boolean isLoaded();

    /** The read model's collections, of that processor, were emptied and are being replayed, by this process or another. */
    default void rebuilt(String processingGroup) {
    }
}
