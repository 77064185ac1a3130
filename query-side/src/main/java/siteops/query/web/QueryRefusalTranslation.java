package siteops.query.web;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.stereotype.Component;
import siteops.api.refusal.Refusal;
import siteops.api.refusal.RefusedException;

/**
 * Makes a query's refusal survive the trip back to the asker when queries cross Axon Server: the
 * {@link Refusal} becomes the details of a {@link QueryExecutionException}.
 */
@Component
public class QueryRefusalTranslation implements MessageHandlerInterceptor<QueryMessage<?, ?>> {

    @Override
    public Object handle(UnitOfWork<? extends QueryMessage<?, ?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (RefusedException refused) {
            throw new QueryExecutionException(refused.getMessage(), refused, refused.refusal());
        }
    }
}
