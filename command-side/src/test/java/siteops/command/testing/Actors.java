package siteops.command.testing;

import siteops.api.access.Actor;
import siteops.api.access.Role;
import siteops.api.metadata.ActorMetaData;

import java.util.Map;

/** The demo's cast, as command metadata. */
public final class Actors {

    public static final Actor OPERATOR = Actor.operator("operator");
    public static final Actor AUDITOR = new Actor("auditor", Role.AUDITOR, null);
    public static final Actor ACME = new Actor("acme", Role.PARTNER, "acme");
    public static final Actor GLOBEX = new Actor("globex", Role.PARTNER, "globex");
    public static final Actor CLIENT = new Actor("client", Role.CLIENT, "client");
    public static final Actor OTHER_CLIENT = new Actor("bistro", Role.CLIENT, "bistro");

    private Actors() {
    }

    public static Map<String, String> as(Actor actor) {
        return ActorMetaData.of(actor);
    }
}
