package siteops.query.backup;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.query.FindSiteBackup;
import siteops.api.query.FindSiteBackups;
import siteops.api.query.BackupPage;
import siteops.api.query.BackupView;
import siteops.api.query.PageRequest;
import siteops.query.web.QueryAnswers;

@RestController
public class BackupQueryController {

    private final QueryAnswers queries;

    public BackupQueryController(QueryAnswers queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/sites/{siteId}/backups", produces = MediaType.APPLICATION_JSON_VALUE)
    public BackupPage backups(@PathVariable String siteId,
                                    @RequestParam(defaultValue = "1") int page,
                                    @RequestParam(defaultValue = PageRequest.DEFAULT_SIZE_PARAMETER) int size,
                                    Actor actor) {
        return queries.ask(new FindSiteBackups(actor, siteId, new PageRequest(page, size)),
                ResponseTypes.instanceOf(BackupPage.class));
    }

    @GetMapping(path = "/api/sites/{siteId}/backups/{backupId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public BackupView backup(@PathVariable String siteId, @PathVariable String backupId, Actor actor) {
        return queries.ask(new FindSiteBackup(actor, siteId, backupId),
                ResponseTypes.instanceOf(BackupView.class));
    }
}
