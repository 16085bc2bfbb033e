package org.jifen.month;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jifen.engine.CapWindow;
import org.jifen.month.Adjustment.Reason;
import org.jifen.month.MonthArithmetic.Cap;
import org.jifen.month.MonthArithmetic.Line;
import org.jifen.rules.Awards.Kind;
import org.junit.jupiter.api.Test;

class MonthArithmeticTest {

    @Test
    void awardsAddUpWhenNothingLimitsThem() {
        MonthTotals month = MonthArithmetic.total(List.of(
                base("参加村民大会", 2), base("垃圾分类检查合格", 2), bonus("见义勇为", 20)), Map.of());

        assertThat(month).isEqualTo(new MonthTotals(4, 20, 24, false, List.of()));
    }

    @Test
    void aCappedDeductionStopsAtItsCap() {
        MonthTotals month = MonthArithmetic.total(List.of(
                        base("参加村民大会", 40), base("宅前屋后乱堆物", -20), base("宅前屋后乱堆物", -15)),
                Map.of("宅前屋后乱堆物", Cap.monthly(25)));

        assertThat(month.base()).isEqualTo(15);
        assertThat(month.adjustments()).containsExactly(new Adjustment(Reason.CAP, "宅前屋后乱堆物", 10,
                "「宅前屋后乱堆物」每月最多计 25 分（扣完为止）"));
    }

    @Test
    void aQuarterlyCapCountsWhatTheRuleGrantedEarlierInTheQuarter() {
        Cap quarterly = new Cap(20, CapWindow.QUARTER, Map.of(Kind.BASE, 15L));

        MonthTotals month = MonthArithmetic.total(List.of(base("参加志愿服务", 8)), Map.of("参加志愿服务", quarterly));

        assertThat(month.base()).isEqualTo(5);
        assertThat(month.adjustments()).singleElement().satisfies(adjustment -> {
            assertThat(adjustment.reason()).isEqualTo(Reason.CAP);
            assertThat(adjustment.points()).isEqualTo(-3);
            assertThat(adjustment.explanation()).contains("每季度最多计 20 分");
        });
    }

    @Test
    void baseNeverCountsBelowZero() {
        MonthTotals month = MonthArithmetic.total(List.of(base("参加村民大会", 2), base("家庭暴力", -20),
                bonus("好人好事", 5)), Map.of());

        assertThat(month).isEqualTo(new MonthTotals(0, 5, 5, false,
                List.of(new Adjustment(Reason.FLOOR, null, 18, "基础分扣至 0 分为止（本月扣分超出 18 分）"))));
    }

    @Test
    void baseCountsAtMostTheFullScoreAndBonusComesOnTop() {
        MonthTotals month = MonthArithmetic.total(List.of(base("清扫公共区域", 90), base("清扫公共区域", 30),
                bonus("见义勇为", 20)), Map.of());

        assertThat(month.base()).isEqualTo(100);
        assertThat(month.bonus()).isEqualTo(20);
        assertThat(month.total()).isEqualTo(120);
        assertThat(month.adjustments()).extracting(Adjustment::reason, Adjustment::points)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Reason.CEILING, -20));
    }

    @Test
    void aVetoZeroesTheWholeMonthAndSaysSo() {
        MonthTotals month = MonthArithmetic.total(List.of(base("参加村民大会", 30), bonus("见义勇为", 20),
                new Line("违法搭建", Kind.VETO, 0)), Map.of());

        assertThat(month).isEqualTo(new MonthTotals(0, 0, 0, true,
                List.of(new Adjustment(Reason.VETO, null, -50, "一票否决：本月积分计 0 分"))));
    }

    private static Line base(String rule, int points) {
        return new Line(rule, Kind.BASE, points);
    }

    private static Line bonus(String rule, int points) {
        return new Line(rule, Kind.BONUS, points);
    }
}
