package siteops.api.site;

import java.util.Arrays;

/**
 * The edition of the product a site runs. Constants are spelled as the portal shows them, so
 * that they are also the values on the wire.
 */
public enum Edition {
    Essentials,
    Premium;

    /** Product migration goes one way only: Essentials to Premium, never back. */
    public boolean canMigrateTo(Edition target) {
        return this == Essentials && target == Premium;
    }

    public boolean hasUpgrade() {
        return Arrays.stream(values()).anyMatch(this::canMigrateTo);
    }

    /** The portal's name of the product in this edition, e.g. {@code Sage 100 Premium}. */
    public String productLabel(String product) {
        return product + " " + name();
    }
}
