package siteops.api.organisation;

import java.util.regex.Pattern;

/**
 * What an organisation id may look like, and the event stream it names. Ids are global (a
 * partner's and a client's share one space), lower-case ASCII letters and digits with {@code .},
 * {@code _} or {@code -} inside, so that two ids never look alike and each fits a URL as it is.
 */
public final class OrganisationIds {

    public static final String PATTERN = "[a-z0-9]([a-z0-9._-]{0,62}[a-z0-9])?";
    public static final String PATTERN_MESSAGE =
            "1 to 64 lower-case letters, digits, '.', '_' or '-', starting and ending with a letter or digit";
    private static final Pattern VALID = Pattern.compile(PATTERN);
    /**
     * The stream is the one the first siteops wrote a client's account to ({@link ClientAssigned}),
     * so that an organisation known then is the same organisation now.
     */
    private static final String STREAM_PREFIX = "client:";

    private OrganisationIds() {
    }

    public static boolean isValid(String organisationId) {
        return organisationId != null && VALID.matcher(organisationId).matches();
    }

    public static String streamOf(String organisationId) {
        return STREAM_PREFIX + organisationId;
    }
}
