package siteops.command.web;

import siteops.api.catalog.ProductVersion;
import siteops.command.access.Refusals;

/** A version read from a request body: refused as a 400 naming the field, or given back in its canonical spelling. */
public final class VersionInput {

    private VersionInput() {
    }

    public static String canonical(String field, String version) {
        if (!ProductVersion.isValid(version)) {
            throw Refusals.invalid(field + ": not a version (numbers separated by dots, e.g. 2021.3): " + version);
        }
        return ProductVersion.canonical(version);
    }
}
