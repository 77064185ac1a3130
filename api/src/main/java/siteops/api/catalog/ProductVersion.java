package siteops.api.catalog;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A product version such as {@code 2021.3}: dot-separated numbers compared number by number, so
 * that {@code 2021.10} is newer than {@code 2021.3} and {@code 2021.3} equals {@code 2021.03}.
 */
public record ProductVersion(int[] parts) implements Comparable<ProductVersion> {

    private static final Pattern FORMAT = Pattern.compile("\\d{1,9}(\\.\\d{1,9}){0,3}");
    private static final int SORT_KEY_WIDTH = 9;

    public ProductVersion {
        parts = parts.clone();
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    public static ProductVersion parse(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("not a version (numbers separated by dots, e.g. 2021.3): " + text);
        }
        return new ProductVersion(Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray());
    }

    /** The canonical spelling: the same version always reads the same, whatever leading zeros it was given. */
    public static String canonical(String text) {
        return parse(text).toString();
    }

    public boolean isNewerThan(ProductVersion other) {
        return compareTo(other) > 0;
    }

    /**
     * A string whose lexicographic order is the version order, for stores that can only sort
     * strings: each number is zero-padded to the same width.
     */
    public String sortKey() {
        return Arrays.stream(parts)
                .mapToObj(part -> String.format("%0" + SORT_KEY_WIDTH + "d", part))
                .collect(Collectors.joining("."));
    }

    @Override
    public int compareTo(ProductVersion other) {
        return Arrays.compare(parts, other.parts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProductVersion version && Arrays.equals(parts, version.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return Arrays.stream(parts).mapToObj(Integer::toString).collect(Collectors.joining("."));
    }
}
