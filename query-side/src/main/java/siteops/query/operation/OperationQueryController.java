package siteops.query.operation;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.query.FindSiteOperation;
import siteops.api.query.FindSiteOperations;
import siteops.api.query.OperationPage;
import siteops.api.query.OperationView;
import siteops.api.query.PageRequest;
import siteops.query.web.QueryAnswers;

@RestController
public class OperationQueryController {

    private final QueryAnswers queries;

    public OperationQueryController(QueryAnswers queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/sites/{siteId}/operations", produces = MediaType.APPLICATION_JSON_VALUE)
    public OperationPage operations(@PathVariable String siteId,
                                    @RequestParam(defaultValue = "1") int page,
                                    @RequestParam(defaultValue = PageRequest.DEFAULT_SIZE_PARAMETER) int size,
                                    Actor actor) {
        return queries.ask(new FindSiteOperations(actor, siteId, new PageRequest(page, size)),
                ResponseTypes.instanceOf(OperationPage.class));
    }

    @GetMapping(path = "/api/sites/{siteId}/operations/{operationId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public OperationView operation(@PathVariable String siteId, @PathVariable String operationId, Actor actor) {
        return queries.ask(new FindSiteOperation(actor, siteId, operationId),
                ResponseTypes.instanceOf(OperationView.class));
    }
}
