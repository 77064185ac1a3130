package siteops.command.access;

import siteops.api.access.Actor;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

/** The refusals every command handler of the command side shares. */
public final class Refusals {

    private Refusals() {
    }

    public static RefusedException invalid(String detail) {
        return new RefusedException(RefusalCode.INVALID_REQUEST, detail);
    }

    public static RefusedException forbidden(Actor actor, String what) {
        String who = actor == null ? "an anonymous request" : actor.userId();
        return new RefusedException(RefusalCode.FORBIDDEN, who + " may not " + what);
    }
}
