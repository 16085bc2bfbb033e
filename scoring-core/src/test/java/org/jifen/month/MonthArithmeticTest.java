package org.jifen.month;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jifen.engine.CapWindow;
import org.jifen.month.Adjustment.Reason;
import org.jifen.month.MonthArithmetic.Cap;
import org.jifen.month.MonthArithmetic.Line;
import org.jifen.rules.Awards.Kind;
import org.junit.jupiter.api.Test;

class MonthArithmeticTest {

    private static final AtomicLong IDS = new AtomicLong();

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
                "「宅前屋后乱堆物」每月最多计 25 分（扣完为止）", Kind.BASE, null));
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
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Reason.CEILING, -20L));
    }

    @Test
    void aVetoZeroesTheWholeMonthAndSaysSo() {
        MonthTotals month = MonthArithmetic.total(List.of(base("参加村民大会", 30), bonus("见义勇为", 20),
                line("违法搭建", Kind.VETO, 0)), Map.of());

        assertThat(month).isEqualTo(new MonthTotals(0, 0, 0, true,
                List.of(new Adjustment(Reason.VETO, null, -50, "一票否决：本月积分计 0 分"))));
    }

    @Test
    void aRejectedVetoNoLongerVetoes() {
        Line veto = line("违法搭建", Kind.VETO, 0);

        MonthTotals month = MonthArithmetic.total(List.of(base("参加村民大会", 30), veto,
                Line.reversing(IDS.incrementAndGet(), veto)), Map.of());

        assertThat(month).isEqualTo(new MonthTotals(30, 0, 30, false, List.of()));
    }

    @Test
    void aReversingEntryNeverVetoesAndAVetoStandsWhileAnotherIsReversed() {
        Line first = line("违法搭建", Kind.VETO, 0);
        Line second = line("违法搭建", Kind.VETO, 0);

        MonthTotals oneLeft = MonthArithmetic.total(List.of(base("参加村民大会", 30), first, second,
                Line.reversing(IDS.incrementAndGet(), first)), Map.of());
        MonthTotals correctionOfAnEarlierMonth = MonthArithmetic.total(List.of(base("参加村民大会", 30),
                new Line(IDS.incrementAndGet(), "违法搭建", Kind.VETO, 0, 12345L)), Map.of());

        assertThat(oneLeft.vetoed()).isTrue();
        assertThat(correctionOfAnEarlierMonth.vetoed()).isFalse();
        assertThat(correctionOfAnEarlierMonth.total()).isEqualTo(30);
    }

    @Test
    void aRejectedDeductionCountsAsIfItHadNeverBeenRecordedAndTheLedgerStillAddsUp() {
        Line deduction = base("宅前屋后乱堆物", -20);
        List<Line> lines = List.of(base("参加村民大会", 40), base("宅前屋后乱堆物", -15), deduction,
                Line.reversing(IDS.incrementAndGet(), deduction));

        MonthTotals month = MonthArithmetic.total(lines, Map.of("宅前屋后乱堆物", Cap.monthly(25)));

        assertThat(month).isEqualTo(new MonthTotals(25, 0, 25, false, List.of()));
        assertThat(lines.stream().mapToInt(Line::points).sum()
                + month.adjustments().stream().mapToLong(Adjustment::points).sum()).isEqualTo(month.total());
    }

    @Test
    void twoBonusesOfTheLargestIntegerCountAsTheMonthsMostBonusNotAsANegativeTotal() {
        MonthTotals month = MonthArithmetic.total(List.of(
                base("参加村民大会", 2), bonus("见义勇为", Integer.MAX_VALUE), bonus("见义勇为", Integer.MAX_VALUE)), Map.of());

        assertThat(month).isEqualTo(new MonthTotals(2, MonthArithmetic.MAX_MONTH_BONUS,
                2 + MonthArithmetic.MAX_MONTH_BONUS, false, List.of(new Adjustment(Reason.CEILING, null,
                        MonthArithmetic.MAX_MONTH_BONUS - 2L * Integer.MAX_VALUE,
                        "附加分每月最多计 1000 分，超出 " + (2L * Integer.MAX_VALUE - 1000) + " 分不计"))));
    }

    @Test
    void theLargestDeductionsFloorAtZeroWithoutOverflow() {
        MonthTotals month = MonthArithmetic.total(List.of(
                base("宅前屋后乱堆物", Integer.MIN_VALUE), base("宅前屋后乱堆物", Integer.MIN_VALUE)), Map.of());

        assertThat(month.total()).isZero();
        assertThat(month.adjustments()).extracting(Adjustment::points).containsExactly(-2L * Integer.MIN_VALUE);
    }

    private static Line base(String rule, int points) {
        return line(rule, Kind.BASE, points);
    }

    private static Line bonus(String rule, int points) {
        return line(rule, Kind.BONUS, points);
    }

    private static Line line(String rule, Kind kind, int points) {
        return Line.of(IDS.incrementAndGet(), rule, kind, points);
    }
}
