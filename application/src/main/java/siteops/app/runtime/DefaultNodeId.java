package siteops.app.runtime;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

/**
 * {@code siteops.node.id}, unless it is set: the machine's host name and this process's id, so that
 * processes sharing the stores never claim segments under one name, even on machines where the
 * {@code HOSTNAME} variable is not exported (a service manager's, typically). Set before logging
 * starts, whose lines carry it.
 */
public class DefaultNodeId implements EnvironmentPostProcessor {

    static final String PROPERTY = "siteops.node.id";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.containsProperty(PROPERTY)) {
            environment.getPropertySources().addLast(new MapPropertySource("siteops-node-id",
                    Map.of(PROPERTY, hostName() + "-" + ProcessHandle.current().pid())));
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "siteops";
        }
    }
}
