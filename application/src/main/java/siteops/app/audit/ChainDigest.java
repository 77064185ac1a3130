package siteops.app.audit;

/** The head of the hash chain: the last linked position, how many events are linked, the last link, when it was made. */
record ChainDigest(long position, long eventCount, String hash, String computedAt) {
}
