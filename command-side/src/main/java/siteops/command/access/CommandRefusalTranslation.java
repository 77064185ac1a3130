package siteops.command.access;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import siteops.api.refusal.Refusal;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

/**
 * Makes a command's refusal survive the trip back to the sender when commands cross Axon Server,
 * which carries only an exception's message and its details: the {@link Refusal} becomes the
 * details of a {@link CommandExecutionException}. A site that does not exist is a refusal too.
 */
@Component
public class CommandRefusalTranslation implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (RefusedException refused) {
            throw new CommandExecutionException(refused.getMessage(), refused, refused.refusal());
        } catch (AggregateNotFoundException notFound) {
            Refusal refusal = new Refusal(RefusalCode.SITE_NOT_FOUND, "no site " + notFound.getAggregateIdentifier());
            throw new CommandExecutionException(refusal.detail(), notFound, refusal);
        }
    }
}
