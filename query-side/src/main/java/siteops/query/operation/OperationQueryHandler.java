package siteops.query.operation;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import siteops.api.query.FindSiteOperation;
import siteops.api.query.FindSiteOperations;
import siteops.api.query.OperationPage;
import siteops.api.query.OperationView;
import siteops.api.refusal.RefusalCode;
import siteops.query.site.VisibleSites;
import siteops.query.store.SiteEntries;

import java.time.Instant;


@Component
public class OperationQueryHandler {

    private final OperationCollection operations;
    private final VisibleSites visibleSites;

    public OperationQueryHandler(OperationCollection operations, VisibleSites visibleSites) {
        this.operations = operations;
        this.visibleSites = visibleSites;
    }

    @QueryHandler
    public OperationPage handle(FindSiteOperations query) {
        visibleSites.require(query.viewer(), query.siteId());
        SiteEntries.Page<OperationView> page = operations.entries().newestFirst(query.siteId(),
                query.page(), operation -> OperationFields.toView(operation, Instant.now()));
        return OperationPage.of(page.items(), query.page(), page.totalItems());
    }

    @QueryHandler
    public OperationView handle(FindSiteOperation query) {
        visibleSites.require(query.viewer(), query.siteId());
        return OperationFields.toView(operations.entries().one(query.siteId(), query.operationId(),
                RefusalCode.OPERATION_NOT_FOUND, "operation"), Instant.now());
    }
}
