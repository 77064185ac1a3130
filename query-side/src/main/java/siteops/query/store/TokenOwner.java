package siteops.query.store;

/**
 * Who holds the read-model processors' tokens, when it is the same process from one start to the
 * next (read models that only one process at a time can reach): a process started again after a
 * kill -9 then takes its tokens back at once, instead of waiting for the claims of the dead
 * process to time out (10 s). Without one, each process is an owner of its own
 * ({@code siteops.node.id}), as several processes sharing a MongoDB must be.
 */
public record TokenOwner(String id) {
}
