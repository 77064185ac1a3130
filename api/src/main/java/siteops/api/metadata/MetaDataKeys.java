package siteops.api.metadata;

/** The metadata every message carries, so that auditors can tell who caused what and why. */
public final class MetaDataKeys {

    /** The user who caused the message: the authenticated user, carried through the whole process. */
    public static final String ACTOR = "actor";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String ACTOR_ORGANISATION = "actorOrganisation";
    /** One id shared by every message that follows from the same request (the request's X-Correlation-Id). */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";

    private MetaDataKeys() {
    }
}
