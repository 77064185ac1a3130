package siteops.query.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.access.Role;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

import java.util.List;

/** The read models' state and their rebuild, for the provider's operations only. */
@RestController
public class ReadModelAdministrationController {

    private final ReadModelAdministration administration;

    public ReadModelAdministrationController(ReadModelAdministration administration) {
        this.administration = administration;
    }

    @GetMapping(path = "/api/admin/read-models", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ReadModelStatus> readModels(Actor actor) {
        requireOperator(actor);
        return administration.statuses();
    }

    @PostMapping(path = "/api/admin/read-models/{name}/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public List<ReadModelStatus> rebuild(@PathVariable String name, Actor actor) {
        requireOperator(actor);
        administration.rebuild(name);
        return administration.statuses();
    }

    private static void requireOperator(Actor actor) {
        if (actor.role() != Role.OPERATOR) {
            throw new RefusedException(RefusalCode.FORBIDDEN, actor.userId() + " may not administer read models");
        }
    }
}
