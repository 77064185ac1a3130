package siteops.app.readmodel;

import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a MongoDB would answer a query from one of a collection's indexes, by the rules its
 * planner applies to the queries this application sends: an index can serve a filter when its
 * leading keys are fields the filter gives values for (equality or {@code $in}), followed by at
 * most one field it bounds (a range); it serves a sort when the sort's keys follow those
 * equality keys in the index, all in the index's directions or all in the opposite ones (a sort
 * key the filter gives one value for orders nothing). An {@code $or} is served when each of its
 * branches is. A filter without conditions uses an index only for a sort; a count without
 * conditions is answered from the collection's metadata.
 */
final class IndexUse {

    private static final Set<String> RANGES = Set.of("$gt", "$gte", "$lt", "$lte");

    private IndexUse() {
    }

    /**
     * The index a MongoDB would answer the query from (for an {@code $or}, one per branch, joined
     * by "or"), as its key document; none when no index of {@code indexKeys} would. Of several,
     * the one that narrows most, then the one with the fewest keys, as the planner prefers.
     */
    static Optional<String> indexFor(String command, Document filter, Document sort, List<Document> indexKeys) {
        if (command.equals("count") && filter.isEmpty()) {
            return Optional.of("the collection's metadata");
        }
        Map<String, Object> conditions = new LinkedHashMap<>();
        List<Document> alternatives = new ArrayList<>();
        flatten(filter, conditions, alternatives);
        if (alternatives.isEmpty()) {
            return indexKeys.stream().filter(index -> selectivity(index, conditions, sort) >= 0)
                    .min(Comparator.comparingInt((Document index) -> -selectivity(index, conditions, sort))
                            .thenComparingInt(Document::size)
                            .thenComparing(index -> index.toJson()))
                    .map(Document::toJson);
        }
        List<String> branches = new ArrayList<>();
        for (Document alternative : alternatives) {
            Document branch = new Document(conditions);
            branch.putAll(alternative);
            Optional<String> index = indexFor(command, branch, sort, indexKeys);
            if (index.isEmpty()) {
                return Optional.empty();
            }
            branches.add(index.get());
        }
        return Optional.of(String.join(" or ", branches));
    }

    private static void flatten(Document filter, Map<String, Object> conditions, List<Document> alternatives) {
        filter.forEach((field, condition) -> {
            if (field.equals("$and")) {
                ((List<?>) condition).forEach(part -> flatten((Document) part, conditions, alternatives));
            } else if (field.equals("$or")) {
                if (!alternatives.isEmpty()) {
                    throw new IllegalArgumentException("two $or in one filter: " + filter.toJson());
                }
                ((List<?>) condition).forEach(branch -> alternatives.add((Document) branch));
            } else {
                conditions.put(field, condition);
            }
        });
    }

    /**
     * How many of the filter's fields the index narrows by (the planner prefers the index that
     * narrows most); -1 when it serves the query not at all.
     */
    private static int selectivity(Document index, Map<String, Object> conditions, Document sort) {
        List<String> keys = new ArrayList<>(index.keySet());
        int equalities = 0;
        while (equalities < keys.size() && isEquality(conditions.get(keys.get(equalities)))) {
            equalities++;
        }
        boolean bounded = equalities < keys.size() && isRange(conditions.get(keys.get(equalities)));
        Document sortLeft = new Document();
        if (sort != null) {
            sort.forEach((key, direction) -> {
                if (!isEquality(conditions.get(key))) {
                    sortLeft.put(key, direction);
                }
            });
        }
        boolean sorted = sortLeft.isEmpty() || sortFollows(index, keys, equalities, sortLeft);
        boolean filtered = equalities > 0 || bounded || conditions.isEmpty() && !sortLeft.isEmpty();
        return filtered && sorted ? equalities + (bounded ? 1 : 0) : -1;
    }

    private static boolean sortFollows(Document index, List<String> keys, int from, Document sort) {
        List<String> sortKeys = new ArrayList<>(sort.keySet());
        if (from + sortKeys.size() > keys.size()) {
            return false;
        }
        Boolean reversed = null;
        for (int i = 0; i < sortKeys.size(); i++) {
            String key = keys.get(from + i);
            if (!key.equals(sortKeys.get(i))) {
                return false;
            }
            boolean opposite = direction(index.get(key)) != direction(sort.get(key));
            if (reversed != null && reversed != opposite) {
                return false;
            }
            reversed = opposite;
        }
        return true;
    }

    private static int direction(Object value) {
        return ((Number) value).intValue() < 0 ? -1 : 1;
    }

    private static boolean isEquality(Object condition) {
        if (condition == null) {
            return false;
        }
        if (!(condition instanceof Document operators)) {
            return true;
        }
        return operators.keySet().equals(Set.of("$eq")) || operators.keySet().equals(Set.of("$in"));
    }

    private static boolean isRange(Object condition) {
        return condition instanceof Document operators && !operators.isEmpty()
                && RANGES.containsAll(operators.keySet());
    }

    /** The query's fields and operators, without their values: the same for every query of one kind. */
    static String shape(Document filter) {
        List<String> parts = new ArrayList<>();
        filter.forEach((field, condition) -> {
            if (field.equals("$and")) {
                ((List<?>) condition).stream().map(part -> shape((Document) part)).filter(part -> !part.isEmpty())
                        .forEach(parts::add);
            } else if (field.equals("$or")) {
                List<String> branches = new ArrayList<>();
                ((List<?>) condition).forEach(branch -> branches.add(shape((Document) branch)));
                parts.add("$or(" + String.join(" or ", branches) + ")");
            } else if (condition instanceof Document operators && operators.keySet().stream()
                    .allMatch(key -> key.startsWith("$"))) {
                parts.add(field + " " + String.join(" ", operators.keySet()));
            } else {
                parts.add(field);
            }
        });
        return String.join(", ", parts);
    }
}
