package org.jifen.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.jifen.month.MonthView;
import org.junit.jupiter.api.Test;

/** What a correction tells the person correcting, for each way the open month can take it (ADR 0150). */
class CorrectionEffectTest {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Test
    void aCorrectionTheMonthAbsorbsSaysByHowMuchThePointsFall() {
        CorrectionEffect effect = CorrectionEffect.of(DECEMBER, month(12, false), month(7, false), -5);

        assertThat(effect.pointsCounted()).isEqualTo(-5);
        assertThat(effect.pointsNotCounted()).isZero();
        assertThat(effect.note()).isEqualTo("冲正记入2026年12月（本户该月合计目前由 12 分变为 7 分）：该月定稿后，本户的可用积分比不冲正时少 5 分。");
    }

    @Test
    void aCorrectionAnEmptyMonthCannotAbsorbSaysWhatIsNotTakenBack() {
        CorrectionEffect effect = CorrectionEffect.of(DECEMBER, month(3, false), month(0, false), -5);

        assertThat(effect.pointsCounted()).isEqualTo(-3);
        assertThat(effect.pointsNotCounted()).isEqualTo(-2);
        assertThat(effect.note()).contains("每月积分扣至 0 分为止", "冲正扣回的 5 分中目前只有 3 分计入",
                "另 2 分不会从本户积分中扣回", "已兑换用去的积分不追回", "会先抵扣这 2 分");
    }

    @Test
    void aCorrectedDeductionAboveTheFullScoreOrInAVetoedMonthSaysWhatIsNotGivenBack() {
        CorrectionEffect ceiling = CorrectionEffect.of(DECEMBER, month(98, false), month(100, false), 5);
        CorrectionEffect vetoed = CorrectionEffect.of(DECEMBER, month(0, true), month(0, true), 5);

        assertThat(ceiling.pointsNotCounted()).isEqualTo(3);
        assertThat(ceiling.note()).contains("基础分每月满分 100 分", "另 3 分不会退还给本户").doesNotContain("追回");
        assertThat(vetoed.note()).contains("该月有一票否决，合计计 0 分", "另 5 分不会退还给本户");
    }

    private static MonthView month(int total, boolean vetoed) {
        return new MonthView(DECEMBER, total, 0, total, vetoed, false, List.of(), List.of(), 1, 0, null, null);
    }
}
