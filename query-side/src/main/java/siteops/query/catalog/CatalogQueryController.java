package siteops.query.catalog;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.query.CatalogVersion;
import siteops.api.query.FindVersions;
import siteops.query.web.QueryAnswers;

import java.util.List;
import java.util.Locale;

@RestController
public class CatalogQueryController {

    private final QueryAnswers queries;

    public CatalogQueryController(QueryAnswers queries) {
        this.queries = queries;
    }

    /** The whole catalog (it is short), newest first within each product. */
    @GetMapping(path = "/api/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<CatalogVersion> versions(@RequestParam(required = false) String product, Locale language) {
        return queries.ask(new FindVersions(product), ResponseTypes.multipleInstancesOf(CatalogVersion.class))
                .stream().map(version -> version.labelledIn(language)).toList();
    }
}
