package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sql.DataSource;
import org.jifen.support.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database of the version before V29_1 (ADR 0206), with two villages' data, upgraded: the rows that only named their
 * parent take the parent's village, every row is still found by its id, and from then on no row can point at another
 * village's or take back an entry twice. On H2 and PostgreSQL, like every full-application test.
 */
class UpgradingToTheVillageInEveryKeyIT {

    private static final long YJZ = 1;
    private static final long XSC = 2;

    @Test
    void rowsTakeTheirParentsVillageAndPointOnlyWithinIt() {
        DataSource database = FreshDatabase.ofTheKindUnderTest();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        FreshDatabase.migrate(database, "28.1");
        for (long village : List.of(YJZ, XSC)) {
            aVillageWithAFinalisedMonthAndACase(jdbc, village);
        }

        FreshDatabase.migrate(database, "latest");

        for (String child : List.of("household_tag", "rule_set_file", "rule_set_rule", "rule_set_warning",
                "finalised_month_approval", "typical_case_step")) {
            assertThat(jdbc.queryForList("select village_id from " + child + " order by village_id", Long.class))
                    .as(child + ": each row in its parent's village").containsExactly(YJZ, XSC);
        }
        assertThat(jdbc.queryForObject("select household_no from household where id = ?", String.class, 10 + XSC))
                .as("a row found by its id alone, as JPA finds it").isEqualTo("XSC-1");
        assertThatThrownBy(() -> jdbc.update(award(2000 + XSC, XSC, 10 + YJZ, "null")))
                .as("an entry for another village's household").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(award(3000 + XSC, XSC, 10 + XSC, String.valueOf(1000 + YJZ))))
                .as("taking back another village's entry").isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update(award(3000 + XSC, XSC, 10 + XSC, String.valueOf(1000 + XSC)));
        assertThatThrownBy(() -> jdbc.update(award(4000 + XSC, XSC, 10 + XSC, String.valueOf(1000 + XSC))))
                .as("taking back an entry twice").isInstanceOf(DataIntegrityViolationException.class);
    }

    /** A household with a tag, a plan version with a file, a rule and a warning, an award, a month finalised by a
     *  group member, and a typical case with its first step: ids 10, 100, 1000 and so on plus the village's. */
    private static void aVillageWithAFinalisedMonthAndACase(JdbcTemplate jdbc, long village) {
        String code = village == YJZ ? "YJZ" : "XSC";
        jdbc.update("insert into village (id, code, name, created_at) values (?, ?, ?, current_timestamp)", village,
                code.toLowerCase(), code + "村");
        jdbc.update("insert into household (id, village_id, household_no, head_name, group_name, local_hukou,"
                + " homestead, permanent_residents, members, created_by, created_at) values (?, ?, ?, '张三', '一组',"
                + " true, true, 1, 1, 'admin', current_timestamp)", 10 + village, village, code + "-1");
        jdbc.update("insert into household_tag (household_id, tag) values (?, '党员')", 10 + village);
        jdbc.update("insert into rule_set (id, village_id, version, sha256, uploaded_by, uploaded_at) values (?, ?, 1,"
                + " 'sha', 'admin', current_timestamp)", 100 + village, village);
        jdbc.update("insert into rule_set_file (rule_set_id, name, sha256, content) values (?, 'plan.drl', 'sha', ?)",
                100 + village, new byte[] {1});
        jdbc.update("insert into rule_set_rule (rule_set_id, name, file_name, line, source, cap_window) values (?,"
                + " '清洁', 'plan.drl', 1, 'rule', 'MONTH')", 100 + village);
        jdbc.update("insert into rule_set_warning (rule_set_id, position, file_name, line, message) values (?, 0,"
                + " 'plan.drl', 1, '提示')", 100 + village);
        jdbc.update(award(1000 + village, village, 10 + village, "null"));
        jdbc.update("insert into group_member (id, village_id, name, member_role, added_by, added_at) values (?, ?,"
                + " '李四', 'MEMBER', 'admin', current_timestamp)", 20 + village, village);
        jdbc.update("insert into month_evaluation (id, village_id, score_month, rule_set_id, rule_set_version,"
                + " households, awards_added, awards_reversed, evaluated_by, evaluated_at) values (?, ?, '2026-03', ?,"
                + " 1, 1, 0, 0, 'admin', current_timestamp)", 30 + village, village, 100 + village);
        jdbc.update("insert into finalised_month (id, village_id, score_month, finalised_by, finalised_at,"
                + " month_evaluation_id, rule_set_version) values (?, ?, '2026-03', 'admin', current_timestamp, ?, 1)",
                40 + village, village, 30 + village);
        jdbc.update("insert into finalised_month_approval (finalised_month_id, member_id) values (?, ?)", 40 + village,
                20 + village);
        jdbc.update("insert into typical_case (id, village_id, title, text, households, items, status, submitted_by,"
                + " submitted_at) values (?, ?, '好人好事', '记述', '[]', '[]', 'SUBMITTED', 'admin', current_timestamp)",
                50 + village, village);
        jdbc.update("insert into typical_case_step (case_id, step, taken_by, taken_at) values (?, 'SUBMITTED', 'admin',"
                + " current_timestamp)", 50 + village);
    }

    private static String award(long id, long village, long household, String reverses) {
        return "insert into award (id, village_id, household_id, score_month, source, rule_set_id, rule_set_version,"
                + " rule_set_sha256, rule, category, kind, points, created_at, reverses_award_id) values (" + id + ", "
                + village + ", " + household + ", '2026-03', 'MONTH_END', " + (100 + village) + ", 1, 'sha', '清洁',"
                + " '环境', 'BASE', 2, current_timestamp, " + reverses + ")";
    }
}
