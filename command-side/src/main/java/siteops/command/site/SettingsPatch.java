package siteops.command.site;

import com.fasterxml.jackson.databind.JsonNode;
import siteops.command.access.Refusals;
import siteops.command.web.TextInput;

import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A merge patch of a site's settings, read field by field: a setting left out keeps its value; a
 * setting cannot be removed (null), and no other field may be named.
 */
record SettingsPatch(String plan, String timeZone, Boolean siteAdministration) {

    private static final Set<String> SETTINGS = Set.of("plan", "timeZone", "siteAdministration");
    private static final Pattern PRINTABLE = Pattern.compile(TextInput.PRINTABLE_TRIMMED);
    private static final int MAX_TEXT = 100;

    static SettingsPatch of(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw Refusals.invalid("the body must be a JSON object: a merge patch of plan, timeZone, siteAdministration");
        }
        for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!SETTINGS.contains(name)) {
                throw Refusals.invalid(name + ": not a setting a modification may change (plan, timeZone, "
                        + "siteAdministration)");
            }
            if (patch.get(name).isNull()) {
                throw Refusals.invalid(name + ": a site always has one; give the new value");
            }
        }
        String plan = text(patch, "plan");
        if (plan != null && !PRINTABLE.matcher(plan).matches()) {
            throw Refusals.invalid("plan: " + TextInput.PRINTABLE_TRIMMED_MESSAGE);
        }
        String timeZone = text(patch, "timeZone");
        JsonNode administration = patch.get("siteAdministration");
        if (administration != null && !administration.isBoolean()) {
            throw Refusals.invalid("siteAdministration: true or false");
        }
        return new SettingsPatch(plan, timeZone, administration == null ? null : administration.booleanValue());
    }

    private static String text(JsonNode patch, String name) {
        JsonNode value = patch.get(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || value.textValue().isEmpty() || value.textValue().length() > MAX_TEXT) {
            throw Refusals.invalid(name + ": text of 1 to " + MAX_TEXT + " characters");
        }
        return value.textValue();
    }
}
