package org.jifen.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jifen.JifenApplication;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second application node on the database of the test's own application (issue 13: several nodes on one
 * PostgreSQL), started before the test class's first test and stopped after its last. An {@link AppTest} registers
 * it with {@code @RegisterExtension static final SecondNode SECOND_NODE = new SecondNode(settings...)} and sends its
 * requests to either node: {@code SECOND_NODE.as(user)} is the same signed-in user on the second node. Settings the
 * test gives its own application (a {@code @TestPropertySource}) must be given here too, as {@code --name=value}.
 * PostgreSQL only: on H2 each node would have a database of its own, so it refuses to start there.
 */
public final class SecondNode implements BeforeAllCallback, AfterAllCallback {

    private final List<String> settings;
    private ConfigurableApplicationContext node;

    public SecondNode(String... settings) {
        this.settings = List.of(settings);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        assertThat(TestDatabase.isPostgres()).as("two nodes need a database they can share: PostgreSQL").isTrue();
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--jifen.admin-password=" + Township.ADMIN_PASSWORD, "--jifen.plans.check.isolated=false",
                "--jifen.data-dir=target/test-data-second-node-" + context.getRequiredTestClass().getSimpleName()));
        arguments.addAll(settings);
        // Arguments, not default properties: application.properties would override those.
        node = new SpringApplicationBuilder(JifenApplication.class).initializers(new TestDatabase())
                .run(arguments.toArray(String[]::new));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (node != null) {
            node.close();
        }
    }

    /** Where the second node answers. */
    public String base() {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
    }

    /** The user signed in to the first node, sending to the second. */
    public Api as(Api user) {
        return user.at(base());
    }
}
