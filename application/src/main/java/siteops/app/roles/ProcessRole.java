package siteops.app.roles;

import org.springframework.core.env.Environment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a process of siteops does ({@code siteops.roles}, both by default): the command side
 * (aggregates, the processes and their scheduled work, the command routes) and the query side
 * (the read models, their processors, the query routes), so that the two scale separately.
 */
public enum ProcessRole {
    COMMAND,
    QUERY;

    public static final String PROPERTY = "siteops.roles";

    /** The roles {@code siteops.roles} names; a process with none, or an unknown one, does not start. */
    public static Set<ProcessRole> of(Environment environment) {
        String roles = environment.getProperty(PROPERTY, "command,query");
        Set<ProcessRole> named = EnumSet.noneOf(ProcessRole.class);
        for (String role : roles.split(",")) {
            if (role.isBlank()) {
                continue;
            }
            try {
                named.add(valueOf(role.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(PROPERTY + " names " + role.trim() + "; the roles are "
                        + Arrays.stream(values()).map(ProcessRole::property).collect(Collectors.joining(", ")));
            }
        }
        if (named.isEmpty()) {
            throw new IllegalStateException(PROPERTY + " names no role; give command, query or both");
        }
        return named;
    }

    /** The package of the side this role runs. */
    String sidePackage() {
        return "siteops." + property() + ".";
    }

    String property() {
        return name().toLowerCase(Locale.ROOT);
    }
}
