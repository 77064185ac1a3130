package siteops.command.web;

/**
 * Makes sure what has been committed survives a crash of the process, before a command is
 * answered: an answered command is never lost, while the commits of the process's own internal
 * steps need not wait for the disk one by one.
 */
public interface CommitDurability {

    /** A database server makes each commit durable itself. */
    CommitDurability BY_THE_DATABASE = () -> () -> { };

    /** Begins a stretch of commits to be waited for: call it before committing them. */
    Commits begin();

    interface Commits {

        /**
         * Returns once every transaction committed since {@link #begin()} is on disk; fails if it
         * cannot be, as when the store they went to has closed since.
         */
        void awaitDurable();
    }
}
