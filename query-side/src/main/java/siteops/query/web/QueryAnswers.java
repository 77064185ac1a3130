package siteops.query.web;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletionException;

/** Asks the query bus and waits for the answer, surfacing the handler's own exception (a refusal, say). */
@Component
public class QueryAnswers {

    private final QueryGateway queryGateway;

    public QueryAnswers(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public <R> R ask(Object query, ResponseType<R> responseType) {
        try {
            return queryGateway.query(query, responseType).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
