package siteops.query.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.query.AvailableVersionPage;
import siteops.api.query.FindAvailableUpdates;
import siteops.api.query.FindSite;
import siteops.api.query.FindSiteAsOf;
import siteops.api.query.FindSites;
import siteops.api.query.FindUpdateProgress;
import siteops.api.query.Instants;
import siteops.api.query.PageRequest;
import siteops.api.query.SiteAccess;
import siteops.api.query.SiteAsOf;
import siteops.api.query.SiteDetail;
import siteops.api.query.SiteDetailResult;
import siteops.api.query.SiteFilter;
import siteops.api.query.SiteSummaryPage;
import siteops.api.query.UpdateProgress;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.api.site.Edition;
import siteops.api.site.Revisions;
import siteops.api.site.SiteStatus;
import siteops.api.site.SiteType;
import siteops.query.web.QueryAnswers;

@RestController
public class SiteQueryController {

    static final long MIN_REVISION_WAIT_MILLIS = 5_000;
    private static final long MIN_REVISION_POLL_MILLIS = 20;

    private final QueryAnswers queries;
    private final ObjectMapper json;

    public SiteQueryController(QueryAnswers queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json;
    }

    @GetMapping(path = "/api/sites", produces = MediaType.APPLICATION_JSON_VALUE)
    public SiteSummaryPage sites(@RequestParam(required = false) SiteStatus status,
                                 @RequestParam(required = false) Edition edition,
                                 @RequestParam(required = false) SiteType type,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(defaultValue = PageRequest.DEFAULT_SIZE_PARAMETER) int size,
                                 @RequestParam(required = false) String after,
                                 Actor actor) {
        SiteFilter filter = SiteFilters.of(status, edition, type, q);
        if (page != null && after != null) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST,
                    "page and after: a page is asked for by its number or by the cursor of the page before, not both");
        }
        return queries.ask(new FindSites(actor, filter,
                        new PageRequest(page == null ? 1 : page, size), after),
                ResponseTypes.instanceOf(SiteSummaryPage.class));
    }

    /** The site, with its revision as {@code ETag}: send it back in {@code If-Match} to write only if nothing changed. */
    @GetMapping(path = "/api/sites/{siteId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SiteDetail> site(@PathVariable String siteId,
                                           @RequestParam(required = false) Long minRevision, Actor actor)
            throws InterruptedException {
        SiteDetailResult result = minRevision == null ? detail(siteId, actor) : detailOfAtLeast(siteId, minRevision, actor);
        return ResponseEntity.ok().eTag(Revisions.entityTag(result.revision())).body(result.site());
    }

    /**
     * The site as it was at {@code at}, from its events: the detail's fields then, the position of
     * the last event it reflects and its revision then.
     */
    @GetMapping(path = "/api/sites/{siteId}/as-of", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode asOf(@PathVariable String siteId, @RequestParam String at, Actor actor) {
        SiteAsOf asOf = queries.ask(new FindSiteAsOf(actor, siteId, Instants.parse("at", at)),
                ResponseTypes.instanceOf(SiteAsOf.class));
        ObjectNode answer = json.valueToTree(asOf.site());
        answer.put("position", asOf.position());
        answer.put("revision", asOf.revision());
        return answer;
    }

    /**
     * Read-your-writes: the detail once the read side has reached {@code minRevision} (a write's
     * {@code ETag}), waiting at most {@value #MIN_REVISION_WAIT_MILLIS} ms; 503 READ_MODEL_BEHIND
     * with {@code Retry-After} if it has not.
     */
    private SiteDetailResult detailOfAtLeast(String siteId, long minRevision, Actor actor) throws InterruptedException {
        if (minRevision < 0) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST, "minRevision: a site's revision, from 0");
        }
        long deadline = System.nanoTime() + MIN_REVISION_WAIT_MILLIS * 1_000_000L;
        SiteDetailResult result = detail(siteId, actor);
        while (result.revision() < minRevision) {
            if (System.nanoTime() > deadline) {
                throw new RefusedException(RefusalCode.READ_MODEL_BEHIND, "the read side shows revision "
                        + result.revision() + " of site " + siteId + ", not yet " + minRevision + "; ask again shortly");
            }
            Thread.sleep(MIN_REVISION_POLL_MILLIS);
            result = detail(siteId, actor);
        }
        return result;
    }

    private SiteDetailResult detail(String siteId, Actor actor) {
        return queries.ask(new FindSite(actor, siteId), ResponseTypes.instanceOf(SiteDetailResult.class));
    }

    /** Read from the read side, so a status change shows here once the read side has it (within milliseconds). */
    @GetMapping(path = "/api/sites/{siteId}/access", produces = MediaType.APPLICATION_JSON_VALUE)
    public SiteAccess access(@PathVariable String siteId, Actor actor) {
        SiteDetail site = queries.ask(new FindSite(actor, siteId), ResponseTypes.instanceOf(SiteDetailResult.class))
                .site();
        return SiteAccess.of(site.siteId(), site.status());
    }

    @GetMapping(path = "/api/sites/{siteId}/available-updates", produces = MediaType.APPLICATION_JSON_VALUE)
    public AvailableVersionPage availableUpdates(@PathVariable String siteId,
                                                 @RequestParam(defaultValue = "1") int page,
                                                 @RequestParam(defaultValue = PageRequest.DEFAULT_SIZE_PARAMETER) int size,
                                                 Actor actor) {
        return queries.ask(new FindAvailableUpdates(actor, siteId, new PageRequest(page, size)),
                ResponseTypes.instanceOf(AvailableVersionPage.class));
    }

    @GetMapping(path = "/api/sites/{siteId}/updates/{updateId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public UpdateProgress update(@PathVariable String siteId, @PathVariable String updateId, Actor actor) {
        return queries.ask(new FindUpdateProgress(actor, siteId, updateId),
                ResponseTypes.instanceOf(UpdateProgress.class));
    }
}
