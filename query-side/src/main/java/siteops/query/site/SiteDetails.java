package siteops.query.site;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;
import siteops.api.access.Actor;
import siteops.api.query.FindSite;
import siteops.api.query.SiteDetailResult;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.query.web.QueryAnswers;

/** A site's detail as a user may see it, now or once the read side has reached a revision (read-your-writes). */
@Component
public class SiteDetails {

    static final long MIN_REVISION_WAIT_MILLIS = 5_000;
    private static final long MIN_REVISION_POLL_MILLIS = 20;

    private final QueryAnswers queries;

    public SiteDetails(QueryAnswers queries) {
        this.queries = queries;
    }

    public SiteDetailResult of(String siteId, Actor actor) {
        return queries.ask(new FindSite(actor, siteId), ResponseTypes.instanceOf(SiteDetailResult.class));
    }

    /**
     * The detail once the read side has reached {@code minRevision} (a write's revision), waiting
     * at most {@value #MIN_REVISION_WAIT_MILLIS} ms; refused READ_MODEL_BEHIND if it has not.
     */
    public SiteDetailResult ofAtLeast(String siteId, long minRevision, Actor actor) throws InterruptedException {
        if (minRevision < 0) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST, "minRevision: a site's revision, from 0");
        }
        long deadline = System.nanoTime() + MIN_REVISION_WAIT_MILLIS * 1_000_000L;
        SiteDetailResult result = of(siteId, actor);
        while (result.revision() < minRevision) {
            if (System.nanoTime() > deadline) {
                throw new RefusedException(RefusalCode.READ_MODEL_BEHIND, "the read side shows revision "
                        + result.revision() + " of site " + siteId + ", not yet " + minRevision + "; ask again shortly");
            }
            Thread.sleep(MIN_REVISION_POLL_MILLIS);
            result = of(siteId, actor);
        }
        return result;
    }
}
