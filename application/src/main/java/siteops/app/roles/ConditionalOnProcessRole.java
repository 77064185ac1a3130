package siteops.app.roles;

import org.springframework.context.annotation.Conditional;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean of the application that belongs to one side, or to both (the console): made only in a
 * process with every role named.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(OnProcessRole.class)
public @interface ConditionalOnProcessRole {

    ProcessRole[] value();
}
