package siteops.command.store;

/**
 * What the command side keeps in memory of the event store, to spare reading it again. After the
 * store lost writes it had taken (it closed itself on a full disk before they reached its file),
 * this may hold what the store no longer has, and is forgotten.
 */
public interface RememberedState {

    void forget();
}
