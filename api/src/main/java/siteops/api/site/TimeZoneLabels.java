package siteops.api.site;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A site's time zone as the portal shows it: {@code (UTC+01:00) Brussels, Copenhagen, Madrid, Paris}
 * for {@code Europe/Paris}. These are the hosting platform's own labels (Windows time zones,
 * in English whatever the portal's language, as the seed's screen shows them), each with the
 * standard offset of its zone; a zone the platform does not list is labelled with its standard
 * offset and the city of its id.
 */
public final class TimeZoneLabels {

    private static final String UNIVERSAL = "Coordinated Universal Time";

    /** The platform's zones, by the cities of its label, each with the ids that take it. */
    private static final Map<String, List<String>> PLATFORM_ZONES = platformZones();

    private static final Map<String, String> LABEL_CITIES_BY_ID = labelCitiesById();

    private static final Map<String, String> LABELS = new ConcurrentHashMap<>();

    private TimeZoneLabels() {
    }

    /**
     * {@code (UTC+01:00) Brussels, Copenhagen, Madrid, Paris}; an id that is no zone is answered as
     * it is. One string per zone, kept: every site of a fleet shares its zone's.
     */
    public static String labelOf(String timeZone) {
        if (timeZone == null) {
            return null;
        }
        String known = LABELS.get(timeZone);
        if (known != null) {
            return known;
        }
        // The set of zone ids is copied at each call: asked only for a zone not labelled yet.
        if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            return timeZone;
        }
        return LABELS.computeIfAbsent(timeZone, TimeZoneLabels::label);
    }

    private static String label(String timeZone) {
        ZoneId zone = ZoneId.of(timeZone);
        String cities = LABEL_CITIES_BY_ID.getOrDefault(timeZone, cityOf(timeZone));
        if (cities.equals(UNIVERSAL)) {
            return "(UTC) " + UNIVERSAL;
        }
        return "(" + utc(zone.getRules().getStandardOffset(Instant.now())) + ") " + cities;
    }

    /** The zones a site may be set to in the portal's dialog, one id per label, ordered by offset then label. */
    public static List<String> offered() {
        return PLATFORM_ZONES.values().stream()
                .map(ids -> ids.get(0))
                .sorted(Comparator.comparing((String id) -> ZoneId.of(id).getRules().getStandardOffset(Instant.now())
                                .getTotalSeconds())
                        .thenComparing(TimeZoneLabels::labelOf))
                .toList();
    }

    private static String utc(ZoneOffset offset) {
        int minutes = Math.abs(offset.getTotalSeconds()) / 60;
        return String.format(Locale.ROOT, "UTC%s%02d:%02d", offset.getTotalSeconds() < 0 ? "-" : "+",
                minutes / 60, minutes % 60);
    }

    private static String cityOf(String timeZone) {
        return timeZone.substring(timeZone.lastIndexOf('/') + 1).replace('_', ' ');
    }

    private static Map<String, String> labelCitiesById() {
        Map<String, String> cities = new LinkedHashMap<>();
        PLATFORM_ZONES.forEach((label, ids) -> ids.forEach(id -> cities.put(id, label)));
        return Map.copyOf(cities);
    }

    private static Map<String, List<String>> platformZones() {
        Map<String, List<String>> zones = new LinkedHashMap<>();
        zones.put(UNIVERSAL, List.of("Etc/UTC", "UTC", "Etc/GMT"));
        zones.put("Dublin, Edinburgh, Lisbon, London",
                List.of("Europe/London", "Europe/Dublin", "Europe/Lisbon", "Atlantic/Canary", "Atlantic/Madeira"));
        zones.put("Monrovia, Reykjavik", List.of("Atlantic/Reykjavik", "Africa/Abidjan", "Africa/Dakar",
                "Africa/Monrovia", "Africa/Bamako", "Africa/Conakry", "Africa/Lome", "Africa/Ouagadougou"));
        zones.put("Casablanca", List.of("Africa/Casablanca"));
        zones.put("Brussels, Copenhagen, Madrid, Paris",
                List.of("Europe/Paris", "Europe/Brussels", "Europe/Copenhagen", "Europe/Madrid", "Africa/Ceuta"));
        zones.put("Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
                List.of("Europe/Berlin", "Europe/Amsterdam", "Europe/Zurich", "Europe/Rome", "Europe/Stockholm",
                        "Europe/Vienna", "Europe/Luxembourg", "Europe/Monaco", "Europe/Oslo", "Europe/Andorra",
                        "Europe/Malta", "Europe/Vaduz", "Europe/San_Marino", "Europe/Vatican", "Europe/Gibraltar"));
        zones.put("Belgrade, Bratislava, Budapest, Ljubljana, Prague",
                List.of("Europe/Budapest", "Europe/Belgrade", "Europe/Bratislava", "Europe/Ljubljana",
                        "Europe/Prague", "Europe/Podgorica", "Europe/Tirane"));
        zones.put("Sarajevo, Skopje, Warsaw, Zagreb",
                List.of("Europe/Warsaw", "Europe/Sarajevo", "Europe/Skopje", "Europe/Zagreb"));
        zones.put("West Central Africa", List.of("Africa/Lagos", "Africa/Algiers", "Africa/Tunis", "Africa/Douala",
                "Africa/Libreville", "Africa/Kinshasa", "Africa/Niamey", "Africa/Ndjamena", "Africa/Porto-Novo"));
        zones.put("Athens, Bucharest", List.of("Europe/Bucharest", "Europe/Athens", "Asia/Nicosia"));
        zones.put("Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius",
                List.of("Europe/Helsinki", "Europe/Kyiv", "Europe/Kiev", "Europe/Riga", "Europe/Sofia",
                        "Europe/Tallinn", "Europe/Vilnius"));
        zones.put("Cairo", List.of("Africa/Cairo"));
        zones.put("Jerusalem", List.of("Asia/Jerusalem"));
        zones.put("Beirut", List.of("Asia/Beirut"));
        zones.put("Harare, Pretoria", List.of("Africa/Johannesburg", "Africa/Harare", "Africa/Maputo"));
        zones.put("Istanbul", List.of("Europe/Istanbul"));
        zones.put("Moscow, St. Petersburg", List.of("Europe/Moscow"));
        zones.put("Kuwait, Riyadh", List.of("Asia/Riyadh", "Asia/Kuwait", "Asia/Bahrain", "Asia/Qatar"));
        zones.put("Nairobi", List.of("Africa/Nairobi", "Indian/Mayotte", "Indian/Comoro", "Africa/Djibouti",
                "Indian/Antananarivo"));
        zones.put("Abu Dhabi, Muscat", List.of("Asia/Dubai", "Asia/Muscat"));
        zones.put("Port Louis", List.of("Indian/Mauritius", "Indian/Reunion", "Indian/Mahe"));
        zones.put("Karachi", List.of("Asia/Karachi"));
        zones.put("Chennai, Kolkata, Mumbai, New Delhi", List.of("Asia/Kolkata", "Asia/Calcutta"));
        zones.put("Bangkok, Hanoi, Jakarta", List.of("Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Jakarta"));
        zones.put("Beijing, Chongqing, Hong Kong, Urumqi", List.of("Asia/Shanghai", "Asia/Hong_Kong"));
        zones.put("Kuala Lumpur, Singapore", List.of("Asia/Singapore", "Asia/Kuala_Lumpur"));
        zones.put("Osaka, Sapporo, Tokyo", List.of("Asia/Tokyo"));
        zones.put("Seoul", List.of("Asia/Seoul"));
        zones.put("Canberra, Melbourne, Sydney", List.of("Australia/Sydney", "Australia/Melbourne"));
        zones.put("Solomon Is., New Caledonia", List.of("Pacific/Noumea", "Pacific/Guadalcanal"));
        zones.put("Auckland, Wellington", List.of("Pacific/Auckland"));
        zones.put("Hawaii", List.of("Pacific/Honolulu", "Pacific/Tahiti"));
        zones.put("Marquesas Islands", List.of("Pacific/Marquesas"));
        zones.put("Alaska", List.of("America/Anchorage"));
        zones.put("Pacific Time (US & Canada)", List.of("America/Los_Angeles", "America/Vancouver"));
        zones.put("Mountain Time (US & Canada)", List.of("America/Denver", "America/Edmonton"));
        zones.put("Central Time (US & Canada)", List.of("America/Chicago", "America/Winnipeg"));
        zones.put("Guadalajara, Mexico City, Monterrey", List.of("America/Mexico_City"));
        zones.put("Eastern Time (US & Canada)", List.of("America/New_York", "America/Toronto", "America/Montreal"));
        zones.put("Atlantic Time (Canada)", List.of("America/Halifax"));
        zones.put("Georgetown, La Paz, Manaus, San Juan", List.of("America/La_Paz", "America/Martinique",
                "America/Guadeloupe", "America/St_Barthelemy", "America/Marigot", "America/Puerto_Rico"));
        zones.put("Newfoundland", List.of("America/St_Johns"));
        zones.put("Cayenne, Fortaleza", List.of("America/Cayenne", "America/Fortaleza"));
        zones.put("Brasilia", List.of("America/Sao_Paulo"));
        zones.put("City of Buenos Aires", List.of("America/Argentina/Buenos_Aires", "America/Buenos_Aires"));
        zones.put("Saint Pierre and Miquelon", List.of("America/Miquelon"));
        return zones;
    }
}
