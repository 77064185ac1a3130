package siteops.app.roles;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.util.List;
import java.util.Map;

/** {@link ConditionalOnProcessRole}'s test. */
class OnProcessRole implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnProcessRole.class.getName());
        return ProcessRole.of(context.getEnvironment()).containsAll(List.of((ProcessRole[]) attributes.get("value")));
    }
}
