package siteops.query.store;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Sends a batch's gathered writes right after its last event is handled: still within the
 * handling, so that a failed write fails the batch, which is then retried, and the processor's
 * token (stored when the batch commits) never moves past writes that were not made.
 */
class FlushWritesAtBatchEnd implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            ReadModelWrites.flush(unitOfWork);
        }
        return result;
    }
}
