package siteops.app.console;

import siteops.api.access.Role;
import siteops.api.lifecycle.SiteLifecycle;
import siteops.api.site.SiteOperation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static siteops.api.site.SiteOperation.BACK_UP;
import static siteops.api.site.SiteOperation.LOCK;
import static siteops.api.site.SiteOperation.MANAGE_BACKUPS;
import static siteops.api.site.SiteOperation.MIGRATE_PRODUCT;
import static siteops.api.site.SiteOperation.MODIFY;
import static siteops.api.site.SiteOperation.REPAIR;
import static siteops.api.site.SiteOperation.RESTORE_BACKUP;
import static siteops.api.site.SiteOperation.RESUME;
import static siteops.api.site.SiteOperation.SUSPEND;
import static siteops.api.site.SiteOperation.UNLOCK;
import static siteops.api.site.SiteOperation.UPDATE;

/**
 * The buttons of a site's operations panel for a user: those of the operations the user's role
 * may ever do, in the portal's order, each enabled only if the site's {@code allowedOperations}
 * (the lifecycle's answer for this user now) has it. Unlock takes the place of Lock, and Resume
 * that of Suspend, when the site allows them.
 */
public record OperationsPanel(List<Button> buttons) {

    private static final List<SiteOperation> PORTAL_ORDER = List.of(MODIFY, LOCK, REPAIR, RESTORE_BACKUP, SUSPEND,
            UPDATE, MIGRATE_PRODUCT, BACK_UP, MANAGE_BACKUPS);

    private static final Map<SiteOperation, SiteOperation> IN_PLACE_OF = Map.of(LOCK, UNLOCK, SUSPEND, RESUME);

    public static OperationsPanel of(Role role, List<SiteOperation> allowed) {
        return new OperationsPanel(PORTAL_ORDER.stream()
                .map(operation -> {
                    SiteOperation other = IN_PLACE_OF.get(operation);
                    return other != null && allowed.contains(other) ? other : operation;
                })
                .filter(operation -> SiteLifecycle.mayDo(role, operation))
                .map(operation -> new Button(operation, allowed.contains(operation)))
                .toList());
    }

    public boolean isEmpty() {
        return buttons.isEmpty();
    }

    public boolean hasDisabled() {
        return buttons.stream().anyMatch(button -> !button.enabled());
    }

    /** {@code dialog}: the path segment of the dialog it opens. */
    public record Button(SiteOperation operation, boolean enabled) {

        public String dialog() {
            return operation.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
