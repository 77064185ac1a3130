package siteops.api.catalog;

import java.util.Set;

/** The products whose sites siteops operates. */
public final class Products {

    public static final String SAGE_100 = "Sage 100";

    public static final Set<String> SUPPORTED = Set.of(SAGE_100);

    private Products() {
    }
}
