package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.jifen.JifenApplication;
import org.jifen.support.Api;
import org.jifen.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An operator starts two application nodes at once on a new, empty PostgreSQL, both with the demo asked for: one
 * township admin is created, the demo township is loaded once (19 villages, one "demo loaded" act in the audit log),
 * and both nodes serve it (ADR 0190). Run on PostgreSQL only (web/pom.xml): two nodes need a database they share.
 */
class FirstStartOnTwoNodesIT {

    private static final String PASSWORD = "first-start-on-two-nodes";

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stopTheNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseCreateOneAdminAndLoadTheDemoOnce() throws Exception {
        assertThat(TestDatabase.isPostgres()).as("two nodes need a database they can share: PostgreSQL").isTrue();
        String database = "first_start_" + Long.toString(System.nanoTime(), 36);
        try (Connection admin = connect("postgres"); Statement create = admin.createStatement()) {
            create.execute("create database " + database);
        }
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<ConfigurableApplicationContext>> starting = List.of(
                CompletableFuture.supplyAsync(() -> start(database, "a", together)),
                CompletableFuture.supplyAsync(() -> start(database, "b", together)));
        for (CompletableFuture<ConfigurableApplicationContext> node : starting) {
            nodes.add(node.get());
        }

        try (Connection db = connect(database); Statement query = db.createStatement()) {
            assertThat(count(query, "select count(*) from app_user where username = 'admin'")).isEqualTo(1);
            assertThat(count(query, "select count(*) from village")).as("the demo's villages").isEqualTo(19);
            assertThat(count(query, "select count(*) from audit_entry where act_code = 'demo.loaded'")).isEqualTo(1);
        }
        for (ConfigurableApplicationContext node : nodes) {
            Api township = Api.signedIn("http://localhost:" + node.getEnvironment().getProperty("local.server.port"),
                    "admin", PASSWORD);
            Api.Reply villages = township.get("/api/villages");
            assertThat(villages.status()).as(villages.toString()).isEqualTo(200);
            assertThat(villages.json().size()).isEqualTo(19);
        }
    }

    private static ConfigurableApplicationContext start(String database, String name, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception interrupted) {
            throw new IllegalStateException(interrupted);
        }
        return new SpringApplicationBuilder(JifenApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + TestDatabase.postgres().getJdbcUrl("postgres", database),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--jifen.admin-password=" + PASSWORD, "--jifen.demo=true",
                "--jifen.data-dir=target/test-data-first-start-" + name);
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(TestDatabase.postgres().getJdbcUrl("postgres", database), "postgres",
                "postgres");
    }

    private static long count(Statement query, String sql) throws SQLException {
        try (ResultSet result = query.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
