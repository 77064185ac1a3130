package siteops.command.access;

import siteops.api.access.Actor;
import siteops.api.catalog.ProductVersion;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

/** The refusals every command handler of the command side shares. */
public final class Refusals {

    private Refusals() {
    }

    public static RefusedException invalid(String detail) {
        return new RefusedException(RefusalCode.INVALID_REQUEST, detail);
    }

    /** Commands carry versions in their canonical spelling: the routes see to it, the aggregates make sure. */
    public static void requireCanonicalVersion(String field, String version) {
        if (!ProductVersion.isValid(version) || !ProductVersion.canonical(version).equals(version)) {
            throw invalid(field + ": not a canonical version (numbers separated by dots, e.g. 2021.3): " + version);
        }
    }

    public static RefusedException forbidden(Actor actor, String what) {
        String who = actor == null ? "an anonymous request" : actor.userId();
        return new RefusedException(RefusalCode.FORBIDDEN, who + " may not " + what);
    }
}
