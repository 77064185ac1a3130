package siteops.command.store;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

import java.util.function.Supplier;

/** Loading an aggregate that a command handler needs beside its own, in the same unit of work. */
public final class Repositories {

    private Repositories() {
    }

    public static <T> Aggregate<T> loadOrCreate(Repository<T> repository, String id, Supplier<T> newInstance) {
        try {
            return repository.loadOrCreate(id, newInstance::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // only the factory may throw a checked exception, and a Supplier cannot
            throw new IllegalStateException("could not load or create " + id, e);
        }
    }
}
