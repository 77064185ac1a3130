package siteops.api.refusal;

import java.util.Map;

/**
 * Why a command or query was refused; travels across the buses as the details of the failure.
 * {@code properties} are what the problem answer carries beside the code and detail (for a site
 * not ready: its status and the operations allowed).
 */
public record Refusal(RefusalCode code, String detail, Map<String, Object> properties) {

    public Refusal {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public Refusal(RefusalCode code, String detail) {
        this(code, detail, Map.of());
    }
}
