package siteops.command.access;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import siteops.api.access.Actor;
import siteops.api.metadata.ActorMetaData;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

/**
 * Lets handlers declare an {@link Actor} parameter: the user who caused the message, read from
 * its metadata (null when the message carries none). Registered through
 * {@code META-INF/services}, so it works in the application and in test fixtures alike.
 */
public class ActorParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Actor> createInstance(Executable executable, Parameter[] parameters, int parameterIndex) {
        if (!Actor.class.equals(parameters[parameterIndex].getType())) {
            return null;
        }
        return new ParameterResolver<>() {
            @Override
            public Actor resolveParameterValue(Message<?> message) {
                return ActorMetaData.from(message.getMetaData()).orElse(null);
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }
}
