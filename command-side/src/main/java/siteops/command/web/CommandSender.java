package siteops.command.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import siteops.api.access.Actor;
import siteops.api.metadata.ActorMetaData;
import siteops.api.metadata.MetaDataKeys;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Sends a command on behalf of an actor and waits for the command side to accept it and for its
 * events to be durable. The actor and the correlation id go into the command's metadata, from
 * where Axon copies them onto every event and every later command of the process.
 */
@Component
public class CommandSender {

    /** Longer than any command takes; shorter than the time after which an Idempotency-Key is taken over. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

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
        R result = commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData),
                TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        durability.awaitDurable();
        return result;
    }
}
