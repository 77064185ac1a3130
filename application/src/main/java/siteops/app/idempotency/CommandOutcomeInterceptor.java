package siteops.app.idempotency;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.command.web.RequestIdempotency;

import java.util.Optional;

/**
 * A command sent under an {@code Idempotency-Key} runs once: its outcome is stored in its own
 * transaction (the command bus opens it before any handler interceptor), and the same command sent
 * again, by a retry whose first attempt committed but never got its answer to the client (the
 * process died in between), answers that outcome and changes nothing. A refused or failed command
 * rolls back with its outcome, so a retry runs it again.
 */
@ConditionalOnProcessRole(ProcessRole.COMMAND)
@Component
public class CommandOutcomeInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CommandOutcomes outcomes;

    /** Axon's Spring configuration registers it on the command bus, as a handler interceptor bean for commands. */
    public CommandOutcomeInterceptor(CommandOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (!(unitOfWork.getMessage().getMetaData().get(RequestIdempotency.METADATA_KEY) instanceof String commandKey)) {
            return interceptorChain.proceed();
        }
        Optional<Optional<Object>> recorded = outcomes.find(commandKey);
        if (recorded.isPresent()) {
            return recorded.get().orElse(null);
        }
        Object result = interceptorChain.proceed();
        outcomes.record(commandKey, result);
        return result;
    }
}
