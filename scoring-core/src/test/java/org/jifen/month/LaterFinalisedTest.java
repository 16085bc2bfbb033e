package org.jifen.month;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jifen.engine.CapWindow;
import org.jifen.month.MonthArithmetic.Cap;
import org.jifen.month.MonthArithmetic.Line;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.RuleTotal;
import org.junit.jupiter.api.Test;

/** ADR 0218: an open month's cap leaves room for what the window's later finalised months counted. */
class LaterFinalisedTest {

    private static final String VOLUNTEER = "参加志愿服务";

    @Test
    void aFinalisedMonthCountedWhatItsRulesAskedLessItsCapAdjustments() {
        // November asked 15 under a quarterly cap of 10 with 5 counted in October then: it counted 5.
        List<RuleTotal> november = List.of(new RuleTotal(VOLUNTEER, Kind.BASE, 15), new RuleTotal("其他", Kind.BASE, 3));
        List<Adjustment> frozen = List.of(new Adjustment(Adjustment.Reason.CAP, VOLUNTEER, -10,
                "「参加志愿服务」每季度最多计 10 分", Kind.BASE, null));

        assertThat(sum(LaterFinalised.counted(november, frozen), VOLUNTEER)).isEqualTo(5);
    }

    @Test
    void anOpenMonthGetsOnlyWhatTheFinalisedLaterMonthLeftOfTheQuarter() {
        // November counted its 10, the quarter's cap; October back-fills 10 more afterwards.
        List<RuleTotal> novemberCounted = LaterFinalised.counted(List.of(new RuleTotal(VOLUNTEER, Kind.BASE, 10)),
                List.of());
        Cap quarterly = new Cap(10, CapWindow.QUARTER, Map.of(Kind.BASE, sum(novemberCounted, VOLUNTEER)));

        MonthTotals october = MonthArithmetic.total(List.of(Line.of(1, VOLUNTEER, Kind.BASE, 10)),
                Map.of(VOLUNTEER, quarterly));

        assertThat(october.total()).isZero();
        assertThat(october.adjustments()).extracting(Adjustment::explanation)
                .containsExactly("「参加志愿服务」每季度最多计 10 分");
    }

    @Test
    void whatIsLeftOfTheQuarterStillCounts() {
        // November counted 5 of the cap (it asked 15, 10 trimmed): October's back-filled 10 counts 5.
        List<RuleTotal> novemberCounted = LaterFinalised.counted(List.of(new RuleTotal(VOLUNTEER, Kind.BASE, 15)),
                List.of(new Adjustment(Adjustment.Reason.CAP, VOLUNTEER, -10, "", Kind.BASE, null)));
        Cap quarterly = new Cap(10, CapWindow.QUARTER, Map.of(Kind.BASE, sum(novemberCounted, VOLUNTEER)));

        MonthTotals october = MonthArithmetic.total(List.of(Line.of(1, VOLUNTEER, Kind.BASE, 10)),
                Map.of(VOLUNTEER, quarterly));

        assertThat(october.total()).isEqualTo(5);
    }

    @Test
    void aCapByAnAttributeLeavesRoomPerValue() {
        // 种植 capped per 作物: November's frozen adjustment trimmed only 水稻.
        List<RuleTotal> counted = LaterFinalised.counted(List.of(new RuleTotal("种植", "水稻", Kind.BASE, 12),
                new RuleTotal("种植", "小麦", Kind.BASE, 4)),
                List.of(new Adjustment(Adjustment.Reason.CAP, "种植", -2, "", Kind.BASE, "水稻")));

        assertThat(counted).filteredOn(total -> "水稻".equals(total.capKey()))
                .extracting(RuleTotal::points).containsExactlyInAnyOrder(12L, -2L);
        assertThat(counted).filteredOn(total -> "小麦".equals(total.capKey()))
                .extracting(RuleTotal::points).containsExactly(4L);
    }

    @Test
    void anAdjustmentFrozenBeforeItNamedItsKindTrimsTheKindItsRuleAsked() {
        List<RuleTotal> counted = LaterFinalised.counted(List.of(new RuleTotal("见义勇为", Kind.BONUS, 30)),
                List.of(new Adjustment(Adjustment.Reason.CAP, "见义勇为", -10, "「见义勇为」每年最多计 20 分")));

        assertThat(counted).extracting(RuleTotal::kind).containsOnly(Kind.BONUS);
        assertThat(sum(counted, "见义勇为")).isEqualTo(20);
    }

    @Test
    void aQuarterEndsInItsThirdMonthAndEverNeverEnds() {
        assertThat(CapWindow.QUARTER.end(java.time.YearMonth.of(2026, 10))).isEqualTo(java.time.YearMonth.of(2026, 12));
        assertThat(CapWindow.YEAR.end(java.time.YearMonth.of(2026, 3))).isEqualTo(java.time.YearMonth.of(2026, 12));
        assertThat(CapWindow.EVER.end(java.time.YearMonth.of(2026, 3))).isAfter(java.time.YearMonth.of(3000, 1));
    }

    private static long sum(List<RuleTotal> totals, String rule) {
        return totals.stream().filter(total -> total.rule().equals(rule)).mapToLong(RuleTotal::points).sum();
    }
}
