package siteops.app.storage;

/**
 * The engine of the relational store (events, sagas, deadlines, idempotency records), told by its
 * JDBC URL: what the service does differently on each is decided from this alone. On H2 in
 * files, commits are made durable by shared checkpoints and the file's incarnations are told
 * apart ({@link H2FileConfiguration}); on any H2, trackers read gaps with a query H2 answers from
 * its index ({@link IndexedGapsQuery}); a server such as PostgreSQL makes each commit durable
 * itself and plans Axon's own gap query well. The schema of each lives in
 * {@code db/migration/<vendor>}.
 */
enum RelationalEngine {
    H2_FILES,
    H2_ELSEWHERE,
    POSTGRESQL,
    OTHER;

    static RelationalEngine of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return jdbcUrl.startsWith("jdbc:h2:mem:") || jdbcUrl.startsWith("jdbc:h2:tcp:")
                    || jdbcUrl.startsWith("jdbc:h2:ssl:") ? H2_ELSEWHERE : H2_FILES;
        }
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL : OTHER;
    }

    boolean isH2() {
        return this == H2_FILES || this == H2_ELSEWHERE;
    }
}
