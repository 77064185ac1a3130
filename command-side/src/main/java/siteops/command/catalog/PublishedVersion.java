package siteops.command.catalog;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import siteops.api.access.Actor;
import siteops.api.access.Role;
import siteops.api.catalog.Products;
import siteops.api.catalog.PublishVersion;
import siteops.api.catalog.PublishedVersionId;
import siteops.api.catalog.VersionPublished;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.command.access.Refusals;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One version of a product in the catalog. Being an aggregate of its own, identified by product
 * and version, makes publishing the same version twice impossible, even concurrently.
 */
@Aggregate
public class PublishedVersion {

    @AggregateIdentifier
    private String publishedVersionId;

    protected PublishedVersion() {
        // for Axon: the aggregate is rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(PublishVersion command, Actor actor) {
        if (actor == null || actor.role() != Role.OPERATOR) {
            throw Refusals.forbidden(actor, "publish versions");
        }
        if (publishedVersionId != null) {
            throw new RefusedException(RefusalCode.VERSION_ALREADY_PUBLISHED,
                    "version " + command.version() + " of " + command.product() + " is already published");
        }
        if (!Products.SUPPORTED.contains(command.product())) {
            throw Refusals.invalid("product: siteops operates " + Products.SUPPORTED + ", not " + command.product());
        }
        Refusals.requireCanonicalVersion("version", command.version());
        apply(new VersionPublished(command.product(), command.version(), command.releasedOn(), command.kind()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(VersionPublished event) {
        publishedVersionId = PublishedVersionId.of(event.product(), event.version());
    }
}
