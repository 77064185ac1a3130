package siteops.query.history;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.naming.StoredEventNames;
import siteops.api.query.FindSiteHistory;
import siteops.api.query.HistoryEntryPage;
import siteops.api.query.HistoryFilter;
import siteops.api.query.Instants;
import siteops.api.query.PageRequest;
import siteops.query.web.QueryAnswers;

import java.time.Instant;
import java.util.Locale;

@RestController
public class SiteHistoryController {

    private final QueryAnswers queries;

    public SiteHistoryController(QueryAnswers queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/sites/{siteId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    public HistoryEntryPage history(@PathVariable String siteId,
                                    @RequestParam(defaultValue = "1") int page,
                                    @RequestParam(defaultValue = PageRequest.DEFAULT_SIZE_PARAMETER) int size,
                                    @RequestParam(required = false) String type,
                                    @RequestParam(name = "actor", required = false) String causedBy,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    Actor actor, Locale language) {
        StoredEventNames.requireName("type", type);
        Instant fromInstant = Instants.parse("from", from);
        Instant toInstant = Instants.parse("to", to);
        Instants.requireOrdered(fromInstant, toInstant);
        return queries.ask(new FindSiteHistory(actor, siteId, new PageRequest(page, size),
                        new HistoryFilter(type, causedBy, fromInstant, toInstant), language),
                ResponseTypes.instanceOf(HistoryEntryPage.class));
    }
}
