package siteops.command.web;

/**
 * Makes sure what has been committed so far survives a crash of the process, before a command
 * is answered: an answered command is never lost, while the commits of the process's own
 * internal steps need not wait for the disk one by one.
 */
public interface CommitDurability {

    /** Returns once every transaction committed before the call is on disk. */
    void awaitDurable();
}
