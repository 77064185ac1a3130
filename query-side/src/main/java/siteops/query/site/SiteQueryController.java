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

import java.util.Locale;

@RestController
public class SiteQueryController {

    private final QueryAnswers queries;
    private final SiteDetails details;
    private final ObjectMapper json;

    public SiteQueryController(QueryAnswers queries, SiteDetails details, ObjectMapper json) {
        this.queries = queries;
        this.details = details;
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
        SiteDetailResult result = minRevision == null ? details.of(siteId, actor)
                : details.ofAtLeast(siteId, minRevision, actor);
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

    /** Read from the read side, so a status change shows here once the read side has it (within milliseconds). */
    @GetMapping(path = "/api/sites/{siteId}/access", produces = MediaType.APPLICATION_JSON_VALUE)
    public SiteAccess access(@PathVariable String siteId, Actor actor) {
        SiteDetail site = details.of(siteId, actor).site();
        return SiteAccess.of(site.siteId(), site.status());
    }

    @GetMapping(path = "/api/sites/{siteId}/available-updates", produces = MediaType.APPLICATION_JSON_VALUE)
    public AvailableVersionPage availableUpdates(@PathVariable String siteId,
                                                 @RequestParam(defaultValue = "1") int page,
                                                 @RequestParam(defaultValue = PageRequest.DEFAULT_SIZE_PARAMETER) int size,
                                                 Actor actor, Locale language) {
        return queries.ask(new FindAvailableUpdates(actor, siteId, new PageRequest(page, size)),
                ResponseTypes.instanceOf(AvailableVersionPage.class)).labelledIn(language);
    }

    @GetMapping(path = "/api/sites/{siteId}/updates/{updateId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public UpdateProgress update(@PathVariable String siteId, @PathVariable String updateId, Actor actor) {
        return queries.ask(new FindUpdateProgress(actor, siteId, updateId),
                ResponseTypes.instanceOf(UpdateProgress.class));
    }
}
