package siteops.app.roles;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The scheduled work (deadlines, agent jobs) belongs to the command side: a process without the
 * command role does not run db-scheduler, whose tasks it would not know.
 */
public class SchedulerOnlyForCommands implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!ProcessRole.of(environment).contains(ProcessRole.COMMAND)) {
            environment.getPropertySources().addFirst(new MapPropertySource("siteops-roles",
                    Map.of("db-scheduler.enabled", "false")));
        }
    }
}
