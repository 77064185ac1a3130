package siteops.command.store;

/**
 * Who appends to the event store: this process alone (a database file, which one process at a
 * time may open), or any of the processes that share a database server. What this process keeps
 * in memory of an aggregate is the aggregate as stored only in the first case.
 */
public enum EventStoreWriters {
    THIS_PROCESS_ONLY,
    SEVERAL_PROCESSES
}
