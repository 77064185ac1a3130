package siteops.command.site;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.MediaType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.site.Edition;
import siteops.api.site.MigrateProduct;
import siteops.api.site.ProductMigrationOutcome;
import siteops.command.web.CommandSender;
import siteops.api.site.Revisions;
import siteops.command.web.SitePaths;

@RestController
public class ProductMigrationController {

    private final CommandSender commands;

    public ProductMigrationController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping(path = "/api/sites/{siteId}/product-migrations", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<MigratedProduct> migrate(@PathVariable String siteId,
                                                   @Valid @RequestBody ProductMigrationRequest request,
                                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                   Actor actor) {
        SitePaths.requireWellFormed(siteId);
        ProductMigrationOutcome outcome = commands.send(new MigrateProduct(siteId, request.targetEdition(),
                request.version(), Revisions.expectedBy(ifMatch)), actor);
        return ResponseEntity.ok()
                .eTag(Revisions.entityTag(outcome.revision()))
                .body(new MigratedProduct(outcome.siteId(), outcome.product(), outcome.edition(),
                        outcome.productLabel(), outcome.version()));
    }

    /** {@code version} (or {@code targetVersion}) is there to be refused: a migration never changes the version. */
    public record ProductMigrationRequest(@NotNull Edition targetEdition, @JsonAlias("targetVersion") String version) {
    }

    public record MigratedProduct(String siteId, String product, Edition edition, String productLabel, String version) {
    }
}
