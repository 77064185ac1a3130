package siteops.command.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import siteops.api.access.Actor;
import siteops.api.metadata.ActorMetaData;
import siteops.api.metadata.MetaDataKeys;

import java.util.HashMap;
import java.util.Map;

/**
 * Sends a command on behalf of an actor and waits for the command side to accept it. The actor
 * and the request's correlation id go into the command's metadata, from where Axon copies them
 * onto every event and every later command of the process.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;

    public CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public <R> R send(Object command, Actor actor) {
        Map<String, String> metaData = new HashMap<>(ActorMetaData.of(actor));
        CorrelationId.ofCurrentRequest().ifPresent(id -> metaData.put(MetaDataKeys.CORRELATION_ID, id));
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        return commandGateway.sendAndWait(message);
    }
}
