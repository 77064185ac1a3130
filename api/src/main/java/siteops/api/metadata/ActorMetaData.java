package siteops.api.metadata;

import siteops.api.access.Actor;
import siteops.api.access.Role;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Writes an {@link Actor} into message metadata and reads it back. */
public final class ActorMetaData {

    private ActorMetaData() {
    }

    public static Map<String, String> of(Actor actor) {
        Map<String, String> metaData = new HashMap<>();
        metaData.put(MetaDataKeys.ACTOR, actor.userId());
        metaData.put(MetaDataKeys.ACTOR_ROLE, actor.role().name());
        if (actor.organisationId() != null) {
            metaData.put(MetaDataKeys.ACTOR_ORGANISATION, actor.organisationId());
        }
        return metaData;
    }

    public static Optional<Actor> from(Map<String, ?> metaData) {
        Object userId = metaData.get(MetaDataKeys.ACTOR);
        Object role = metaData.get(MetaDataKeys.ACTOR_ROLE);
        if (userId == null || role == null) {
            return Optional.empty();
        }
        Object organisation = metaData.get(MetaDataKeys.ACTOR_ORGANISATION);
        return Optional.of(new Actor(userId.toString(), Role.valueOf(role.toString()),
                organisation == null ? null : organisation.toString()));
    }
}
