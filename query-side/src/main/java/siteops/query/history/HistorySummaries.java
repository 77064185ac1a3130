package siteops.query.history;

import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupDeleted;
import siteops.api.backup.BackupDeletion;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.lifecycle.SiteLocked;
import siteops.api.lifecycle.SiteResumed;
import siteops.api.lifecycle.SiteSuspended;
import siteops.api.lifecycle.SiteUnlocked;
import siteops.api.repair.RepairCompleted;
import siteops.api.repair.RepairFailed;
import siteops.api.repair.RepairRequested;
import siteops.api.repair.RepairStarted;
import siteops.api.restore.RestoreCompleted;
import siteops.api.restore.RestoreFailed;
import siteops.api.restore.RestoreRequested;
import siteops.api.restore.RestoreStarted;
import siteops.api.site.ProductMigrated;
import siteops.api.site.SiteRegistered;
import siteops.api.site.SiteSettingsChanged;
import siteops.api.update.CompanyConversionFailed;
import siteops.api.update.CompanyConverted;
import siteops.api.update.CompanyRestored;
import siteops.api.update.UpdateCompleted;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateRollbackFailed;
import siteops.api.update.UpdateRolledBack;
import siteops.api.text.Languages;
import siteops.api.update.UpdateStarted;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One human sentence for each event of a site's history, in French (the default) or English: a
 * summary is kept as the key of its sentence and the event's words that fill it, and written in
 * the reader's language when it is read. The sentences are in {@code history/summaries*.properties}.
 */
record HistorySummaries(String key, List<String> arguments) {

    private static final String BUNDLE = "history.summaries";
    /** An instant in a sentence, the same in both languages: {@code 2027-01-06 04:31 UTC}. */
    private static final DateTimeFormatter INSTANTS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Map<Locale, ResourceBundle> SENTENCES = new ConcurrentHashMap<>();

    HistorySummaries {
        arguments = List.copyOf(arguments);
    }

    private static HistorySummaries sentence(String key, Object... arguments) {
        List<String> words = new ArrayList<>();
        for (Object argument : arguments) {
            words.add(argument instanceof Instant instant ? INSTANTS.format(instant) : String.valueOf(argument));
        }
        return new HistorySummaries(key, words);
    }

    /** The sentence in {@code language}: English, or French for any other. */
    String in(Locale language) {
        // French is the bundle's default (summaries.properties), looked up as the root locale.
        Locale spoken = Languages.isEnglish(language) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle sentences = SENTENCES.computeIfAbsent(spoken, locale -> ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        if (!sentences.containsKey(key)) {
            return key;
        }
        return new MessageFormat(sentences.getString(key), spoken).format(arguments.toArray());
    }

    static HistorySummaries of(Object event) {
        if (event instanceof SiteRegistered e) {
            return sentence(e.companies().size() == 1 ? "registered.one" : "registered", e.name(),
                    e.edition().productLabel(e.product()), e.version(), e.companies().size());
        }
        if (event instanceof UpdateRequested e) {
            return sentence("updateRequested", e.fromVersion(), e.targetVersion());
        }
        if (event instanceof UpdateStarted e) {
            return sentence(e.preUpdateBackupId() == null ? "updateStarted" : "updateStarted.afterBackup", e.targetVersion());
        }
        if (event instanceof CompanyConverted e) {
            return sentence("companyConverted", e.company(), e.version());
        }
        if (event instanceof CompanyConversionFailed e) {
            return sentence("companyConversionFailed", e.company(), e.reason());
        }
        if (event instanceof CompanyRestored e) {
            return sentence("companyRestored", e.company(), e.version());
        }
        if (event instanceof UpdateRolledBack e) {
            return e.restoredFromBackupId() == null ? sentence("updateRolledBack", e.version())
                    : sentence("updateRolledBack.fromBackup", e.version(), e.restoredFromBackupId());
        }
        if (event instanceof UpdateRollbackFailed e) {
            return sentence("updateRollbackFailed", e.backupId(), e.reason());
        }
        if (event instanceof UpdateCompleted e) {
            return sentence("updateCompleted", e.version());
        }
        if (event instanceof ProductMigrated e) {
            return sentence("productMigrated", e.fromEdition(), e.toEdition(), e.version());
        }
        if (event instanceof SiteSettingsChanged e) {
            return settingsChanged(e);
        }
        if (event instanceof BackupRequested e) {
            return sentence((e.label() == null ? "backupRequested" : "backupRequested.labelled")
                    + (e.updateId() == null ? "" : ".beforeUpdate"), e.version(), e.label());
        }
        if (event instanceof BackupStarted) {
            return sentence("backupStarted");
        }
        if (event instanceof BackupCompleted e) {
            return e.expiresAt() == null ? sentence("backupCompleted") : sentence("backupCompleted.expiring", e.expiresAt());
        }
        if (event instanceof BackupFailed e) {
            return sentence(e.updateId() == null ? "backupFailed" : "backupFailed.beforeUpdate", e.reason());
        }
        if (event instanceof BackupDeleted e) {
            return e.reason() == BackupDeletion.RETENTION ? sentence("backupDeleted.byRetention", e.backupId(), e.expiresAt())
                    : sentence("backupDeleted", e.backupId());
        }
        if (event instanceof RestoreRequested e) {
            return sentence(e.updateId() == null ? "restoreRequested" : "restoreRequested.rollback", e.backupId());
        }
        if (event instanceof RestoreStarted e) {
            return sentence("restoreStarted", e.backupId());
        }
        if (event instanceof RestoreCompleted e) {
            return sentence("restoreCompleted", e.backupId());
        }
        if (event instanceof RestoreFailed e) {
            return sentence("restoreFailed", e.backupId(), e.reason());
        }
        if (event instanceof RepairRequested) {
            return sentence("repairRequested");
        }
        if (event instanceof RepairStarted) {
            return sentence("repairStarted");
        }
        if (event instanceof RepairCompleted e) {
            return sentence("repairCompleted", e.returnTo());
        }
        if (event instanceof RepairFailed e) {
            return sentence("repairFailed", e.reason());
        }
        if (event instanceof SiteLocked e) {
            return sentence("siteLocked", e.reason());
        }
        if (event instanceof SiteUnlocked) {
            return sentence("siteUnlocked");
        }
        if (event instanceof SiteSuspended e) {
            return sentence("siteSuspended", e.reason());
        }
        if (event instanceof SiteResumed) {
            return sentence("siteResumed");
        }
        return sentence(event.getClass().getSimpleName());
    }

    /** Each setting that changed is a sentence of its own, joined: up to three. */
    private static HistorySummaries settingsChanged(SiteSettingsChanged e) {
        List<String> parts = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (e.plan() != null) {
            parts.add("plan");
            arguments.add(e.plan().before());
            arguments.add(e.plan().after());
        }
        if (e.timeZone() != null) {
            parts.add("timeZone");
            arguments.add(e.timeZone().before());
            arguments.add(e.timeZone().after());
        }
        if (e.siteAdministration() != null) {
            parts.add(e.siteAdministration().after() ? "administrationOn" : "administrationOff");
        }
        return sentence("settingsChanged." + String.join("+", parts), arguments.toArray());
    }
}
