package siteops.command.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.springframework.stereotype.Component;
import siteops.api.access.Actor;
import siteops.api.metadata.ActorMetaData;
import siteops.api.metadata.MetaDataKeys;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Sends a command on behalf of an actor and waits for the command side to accept it and for its
 * events to be durable. The actor and the correlation id go into the command's metadata, from
 * where Axon copies them onto every event and every later command of the process.
 */
@Component
public class CommandSender {

    /** Longer than any command takes. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int ATTEMPTS_ON_LOCK_CONFLICT = 5;

    private final CommandGateway commandGateway;
    private final CommitDurability durability;

    public CommandSender(CommandGateway commandGateway, CommitDurability durability) {
        this.commandGateway = commandGateway;
        this.durability = durability;
    }

    /** On behalf of the actor of the HTTP request being served, under the request's correlation id. */
    public <R> R send(Object command, Actor actor) {
        return send(command, actor, CorrelationId.ofCurrentRequest().orElse(null));
    }

    public <R> R send(Object command, Actor actor, String correlationId) {
        Map<String, String> metaData = new HashMap<>(ActorMetaData.of(actor));
        if (correlationId != null) {
            metaData.put(MetaDataKeys.CORRELATION_ID, correlationId);
        }
        RequestIdempotency.nextCommandKey().ifPresent(key -> metaData.put(RequestIdempotency.METADATA_KEY, key));
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        CommitDurability.Commits commits = durability.begin();
        R result = sendRetryingLockConflicts(message);
        commits.awaitDurable();
        return result;
    }

    /**
     * A command that locks several aggregates (a batch registration claims many names) can meet
     * another that locks some of them in the opposite order: Axon then fails one of the two with a
     * deadlock, its unit of work rolled back whole, and running it again is safe.
     */
    private <R> R sendRetryingLockConflicts(CommandMessage<Object> message) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commandGateway.sendAndWait(message, TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException failure) {
                if (attempt == ATTEMPTS_ON_LOCK_CONFLICT || !isLockConflict(failure)) {
                    throw failure;
                }
                pauseBeforeAttempt(attempt + 1);
            }
        }
    }

    private static boolean isLockConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LockAcquisitionFailedException) {
                return true;
            }
        }
        return false;
    }

    /** Randomised, so that the two commands that met do not meet again at the same moment. */
    private static void pauseBeforeAttempt(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to send a command again", interrupted);
        }
    }
}
