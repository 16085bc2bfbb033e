package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit log is chained by hash like the points ledger: someone with database access who changes or removes an
 * entry (to hide who activated a plan, say) is found out by the township's verification, at the entry they touched.
 */
@AppTest
class TamperEvidentAuditLogIT {

    @Autowired
    Township township;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEntryChangedBehindTheServicesBackBreaksTheChainAtThatEntry() {
        String village = township.aVillage();
        township.aSelfGovernanceGroup(village);
        Api auditor = township.aUser("AUDITOR", null);
        JsonNode before = auditor.get("/api/township/audit-log/verify").json();
        assertThat(before.at("/valid").asBoolean()).as(before.toString()).isTrue();
        Map<String, Object> entry = jdbc.queryForMap("select id, chain_seq, username from audit_entry"
                + " where village_code = ? and act_code = 'group-member.added' order by id limit 1", village);

        jdbc.update("update audit_entry set username = 'somebody-else' where id = ?", entry.get("id"));
        JsonNode altered = auditor.get("/api/township/audit-log/verify").json();
        jdbc.update("update audit_entry set username = ? where id = ?", entry.get("username"), entry.get("id"));
        JsonNode restored = auditor.get("/api/township/audit-log/verify").json();

        assertThat(altered.at("/valid").asBoolean()).isFalse();
        assertThat(altered.at("/firstInvalid/seq").asLong()).isEqualTo(((Number) entry.get("chain_seq")).longValue());
        assertThat(altered.at("/firstInvalid/entryId").asLong()).isEqualTo(((Number) entry.get("id")).longValue());
        assertThat(altered.at("/firstInvalid/reason").asString()).contains("已被改动");
        assertThat(restored.at("/valid").asBoolean()).isTrue();
        assertThat(restored.at("/entries").asLong()).isEqualTo(before.at("/entries").asLong());
    }

    @Test
    void theLastEntryRemovedIsFoundMissing() {
        // (Removing an entry in the middle breaks the positions; the end can only be told by the chain's head.)
        String village = township.aVillage();
        township.aGroupMember(village, "组长");
        Api auditor = township.aUser("AUDITOR", null);
        Map<String, Object> last = jdbc.queryForMap("select * from audit_entry where chain_seq = "
                + "(select max(chain_seq) from audit_entry)");

        jdbc.update("delete from audit_entry where id = ?", last.get("id"));
        JsonNode removed = auditor.get("/api/township/audit-log/verify").json();
        jdbc.update("insert into audit_entry (id, acted_at, username, role, remote_address, village_id, village_code,"
                        + " act_code, act_label, target, outcome, problem, details, chain_seq, chain_hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                last.get("id"), last.get("acted_at"), last.get("username"), last.get("role"),
                last.get("remote_address"), last.get("village_id"), last.get("village_code"), last.get("act_code"),
                last.get("act_label"), last.get("target"), last.get("outcome"), last.get("problem"),
                last.get("details"), last.get("chain_seq"), last.get("chain_hash"));

        assertThat(removed.at("/valid").asBoolean()).isFalse();
        assertThat(removed.at("/firstInvalid/reason").asString()).contains("最后的记录被删除了");
        assertThat(township.api().get("/api/township/audit-log/verify").json().at("/valid").asBoolean()).isTrue();
    }
}
