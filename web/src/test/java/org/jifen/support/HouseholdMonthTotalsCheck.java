package org.jifen.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The households' months' totals (ADR 0261) are what their entries sum to, in the whole database: every way of
 * appending entries (recording, a batch, a month-end, a re-scoring, a correction, an objection upheld) keeps them,
 * or a household's month would be scored on other figures than its ledger shows.
 */
public final class HouseholdMonthTotalsCheck {

    private static final String FROM_THE_ENTRIES = """
            select village_id, household_id, score_month, rule, kind,
                case when cap_key is null then '' else '=' || cap_key end as cap_key,
                case when kind = 'VETO' then id else 0 end as veto_id,
                max(case when kind = 'VETO' then reverses_award_id end) as reverses_award_id,
                sum(cast(points as bigint)) as points, count(*) as entries
            from award
            group by village_id, household_id, score_month, rule, kind,
                case when cap_key is null then '' else '=' || cap_key end, case when kind = 'VETO' then id else 0 end""";
    private static final String KEPT = """
            select village_id, household_id, score_month, rule, kind, cap_key, veto_id, reverses_award_id, points,
                entries
            from household_month_total""";

    private HouseholdMonthTotalsCheck() {
    }

    public static void agreeWithTheEntries(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<Map<String, Object>> missing = jdbc.queryForList("select * from (" + FROM_THE_ENTRIES + " except "
                + KEPT + ") d");
        List<Map<String, Object>> extra = jdbc.queryForList("select * from (" + KEPT + " except " + FROM_THE_ENTRIES
                + ") d");
        assertThat(missing).as("sums of entries the totals do not keep").isEmpty();
        assertThat(extra).as("totals no entries sum to").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from award", Long.class)).as("entries checked").isPositive();
    }
}
