package siteops.query.site;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each value that many sites share (a product, a version, a time zone, an
 * organisation): a hundred thousand sites then hold a few hundred strings, not a hundred
 * thousand copies of each. Values are never removed: there are as many as there are distinct
 * values in the fleet, which is small for the fields it is used for.
 */
final class Canonical {

    private final ConcurrentHashMap<String, String> values = new ConcurrentHashMap<>();

    String of(String value) {
        return value == null ? null : values.computeIfAbsent(value, v -> v);
    }
}
