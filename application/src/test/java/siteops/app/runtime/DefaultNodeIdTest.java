package siteops.app.runtime;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultNodeIdTest {

    @Test
    void aProcessWithoutANameIsNamedAfterItsHostAndItsProcessId() {
        MockEnvironment environment = new MockEnvironment();

        new DefaultNodeId().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("siteops.node.id")).endsWith("-" + ProcessHandle.current().pid())
                .doesNotStartWith("-");
    }

    @Test
    void aNameGivenIsKept() {
        MockEnvironment environment = new MockEnvironment().withProperty("siteops.node.id", "command-1");

        new DefaultNodeId().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("siteops.node.id")).isEqualTo("command-1");
    }
}
