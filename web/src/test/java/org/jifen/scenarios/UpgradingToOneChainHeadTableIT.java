package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import javax.sql.DataSource;
import org.jifen.support.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database of the version before V26_1 (ADR 0180, 0181), upgraded: the ledger's and the audit log's heads move into
 * {@code chain_head} as they were, each village gets an empty evidence chain, and every entry written before is
 * marked as linked in the first format, while a row written afterwards is taken to be of the current one. On H2 and
 * PostgreSQL, like every full-application test.
 */
class UpgradingToOneChainHeadTableIT {

    @Test
    void theHeadsMoveAsTheyWereAndOlderEntriesKeepTheFirstLinkFormat() {
        DataSource database = FreshDatabase.ofTheKindUnderTest();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        FreshDatabase.migrate(database, "23.1");
        jdbc.update("insert into village (code, name, created_at) values ('yjz', '杨家庄村', current_timestamp)");
        long village = jdbc.queryForObject("select id from village where code = 'yjz'", Long.class);
        jdbc.update("insert into ledger_head (village_id, last_seq, last_hash) values (?, 2, 'ledger-end')", village);
        jdbc.update("update audit_head set last_seq = 1, last_hash = 'audit-end' where id = 1");
        jdbc.update(auditRow("1", "'audit-end'"));

        FreshDatabase.migrate(database, "latest");

        assertThat(jdbc.queryForList("select chain_name, owner_id, last_seq, last_hash from chain_head "
                + "order by chain_name, owner_id")).containsExactly(
                        Map.of("chain_name", "audit", "owner_id", 0L, "last_seq", 1L, "last_hash", "audit-end"),
                        Map.of("chain_name", "evidence", "owner_id", village, "last_seq", 0L, "last_hash", ""),
                        Map.of("chain_name", "ledger", "owner_id", village, "last_seq", 2L, "last_hash", "ledger-end"));
        assertThatThrownBy(() -> jdbc.queryForObject("select count(*) from ledger_head", Long.class))
                .as("the old head tables are gone").isNotNull();
        jdbc.update(auditRow("2", "'written-after'"));
        assertThat(jdbc.queryForList("select chain_format from audit_entry order by chain_seq", Integer.class))
                .as("written before the upgrade, and after it").containsExactly(1, 2);
    }

    private static String auditRow(String seq, String hash) {
        return "insert into audit_entry (acted_at, username, role, remote_address, village_code, act_code, act_label,"
                + " target, outcome, details, chain_seq, chain_hash) values (current_timestamp, 'admin', 'ADMIN',"
                + " '127.0.0.1', 'yjz', 'village.registered', '登记村', 'yjz', 'DONE', '{}', " + seq + ", " + hash + ")";
    }
}
