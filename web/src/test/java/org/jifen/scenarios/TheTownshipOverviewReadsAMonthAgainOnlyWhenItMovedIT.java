package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.jifen.township.TownshipDashboard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The township's overview and dashboard read every award of the months of every village each time, ~0.3 s more for
 * each full village-month (tenth outside attack, F3). Now each village's month is kept with the place in the village's
 * chain it was read up to and brought on by the entries appended since (ADR 0226); what they say is what the award
 * table says, computed here as they used to: over the demo's villages and the villages of this test, after events, a
 * re-scoring (reversals in the month), later events, and a correction in September of a finalised July.
 */
@AppTest
@TestPropertySource(properties = TheTownshipOverviewReadsAMonthAgainOnlyWhenItMovedIT.CLOCK)
class TheTownshipOverviewReadsAMonthAgainOnlyWhenItMovedIT {

    static final String CLOCK = "jifen.clock.fixed-at=2024-09-10T01:00:00Z";
    private static final String MONTH = "2024-08";
    private static final List<String> MONTHS = List.of("2024-07", "2024-08", "2024-09");

    @Autowired
    Township township;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TownshipDashboard dashboard;

    @Test
    void theOverviewSaysWhatTheAwardTableSaysAsEntriesAreAddedAndReversed() {
        String first = township.aVillage();
        String second = township.aVillage();
        long household = township.aHousehold(first);
        long other = township.aHousehold(first);
        long third = township.aHousehold(second);
        township.anActivePlan(first, Plans.CONTRACT_EXAMPLE);
        township.anActivePlan(second, Plans.CONTRACT_EXAMPLE);
        township.anEvent(first, household, "参加村民大会", "2024-08-02");
        township.anEvent(first, other, "清扫公共区域", "2024-08-03");
        township.anEvent(second, third, "参加村民大会", "2024-08-04");
        String corrected = township.aVillage();
        long brave = township.aHousehold(corrected);
        township.anActivePlan(corrected, Plans.CONTRACT_EXAMPLE);
        long bravery = township.anEvent(corrected, brave, "见义勇为", "2024-07-09").id("/awards/0/id");
        township.aFinalisedMonth(corrected, "2024-07", township.aSelfGovernanceGroup(corrected));
        assertTheOverviewIsTheAwardTable();

        Api.Reply uploaded = township.api().upload("/api/villages/" + first + "/rule-sets", Plans.CONTRACT_EXAMPLE,
                Plans.generous());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        Api.Reply activated = township.api().post("/api/villages/" + first + "/rule-sets/2/activate",
                json("from", MONTH));
        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        assertThat(reversals(first)).as("the re-scoring reversed entries").isPositive();
        assertTheOverviewIsTheAwardTable();

        township.anEvent(second, third, "参加村民大会", "2024-08-05");
        township.anEvent(first, other, "清扫公共区域", "2024-08-06");
        assertTheOverviewIsTheAwardTable();

        assertThat(row(corrected, "2024-07").at("/participation/active").asLong()).as("before the correction")
                .isOne();
        Api.Reply correction = township.api().post("/api/villages/" + corrected + "/corrections",
                json("awardId", bravery, "reason", "见义勇为事迹经复核不实，冲正"));
        assertThat(correction.status()).as(correction.toString()).isEqualTo(201);
        assertThat(correction.text("/month")).isEqualTo("2024-09");
        assertTheOverviewIsTheAwardTable();
        assertThat(row(corrected, "2024-07").at("/participation/active").asLong())
                .as("its one scored event is reversed in September").isZero();
    }

    /**
     * Every village's participation and points by category in each month, and the township's points by month and
     * category, against the award table as the overview and the dashboard read it.
     */
    private void assertTheOverviewIsTheAwardTable() {
        for (String month : MONTHS) {
            assertTheOverviewIsTheAwardTable(month);
        }
        Map<String, Map<String, Long>> inTheTable = new TreeMap<>();
        jdbc.query("select category, score_month, sum(points) from award where score_month between ? and ?"
                + " group by category, score_month", row -> {
                    inTheTable.computeIfAbsent(row.getString(1), category -> new TreeMap<>())
                            .put(row.getString(2), row.getLong(3));
                }, MONTHS.get(0), MONTHS.get(MONTHS.size() - 1));
        Map<String, Map<String, Long>> shown = new TreeMap<>();
        dashboard.dashboard(YearMonth.parse(MONTHS.get(MONTHS.size() - 1)), MONTHS.size()).pointsByCategory()
                .forEach((category, months) -> months.forEach((month, points) -> shown
                        .computeIfAbsent(category, name -> new TreeMap<>()).put(month.toString(), points)));
        assertThat(shown).isEqualTo(inTheTable);
    }

    private void assertTheOverviewIsTheAwardTable(String month) {
        Api.Reply overview = overviewThrough(township.api()).get("/api/township/overview?month=" + month);
        assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
        Map<String, Long> active = new HashMap<>();
        jdbc.query("""
                select v.code, count(distinct a.household_id) from award a join village v on v.id = a.village_id
                where a.score_month = ? and a.event_id is not null
                and not exists (select 1 from award r where r.reverses_award_id = a.id) group by v.code""",
                row -> {
                    active.put(row.getString(1), row.getLong(2));
                }, month);
        Map<String, Map<String, Long>> categories = new HashMap<>();
        jdbc.query("""
                select v.code, a.category, sum(a.points) from award a join village v on v.id = a.village_id
                where a.score_month = ? group by v.code, a.category""", row -> {
                    categories.computeIfAbsent(row.getString(1), code -> new TreeMap<>())
                            .put(row.getString(2), row.getLong(3));
                }, month);
        for (JsonNode village : overview.json()) {
            String code = village.at("/code").asString();
            assertThat(village.at("/participation/active").asLong()).as(code + " " + month)
                    .isEqualTo(active.getOrDefault(code, 0L));
            Map<String, Long> points = new TreeMap<>();
            village.at("/pointsByCategory").properties().forEach(entry -> points.put(entry.getKey(),
                    entry.getValue().asLong()));
            assertThat(points).as(code + " " + month).isEqualTo(categories.getOrDefault(code, Map.of()));
        }
    }

    private JsonNode row(String village, String month) {
        for (JsonNode row : overviewThrough(township.api()).get("/api/township/overview?month=" + month).json()) {
            if (row.at("/code").asString().equals(village)) {
                return row;
            }
        }
        throw new AssertionError(village + " is not in the overview");
    }

    private long reversals(String village) {
        return jdbc.queryForObject("select count(*) from award a join village v on v.id = a.village_id"
                + " where v.code = ? and a.reverses_award_id is not null", Long.class, village);
    }

    /** Where the overview is read: the node that records here, the other node in the two nodes' test. */
    Api overviewThrough(Api township) {
        return township;
    }
}
