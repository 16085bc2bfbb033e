package org.jifen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.jifen.engine.FiredAward;
import org.jifen.rules.Awards.Kind;
import org.jifen.rules.MonthSummary;
import org.jifen.scoring.EventTally;
import org.junit.jupiter.api.Test;

class MonthSummariesTest {

    @Test
    void theSummaryCountsEventsPerTypeAndSumsWhatTheirAwardsAsked() {
        MonthSummary summary = MonthSummaries.of("7", YearMonth.of(2024, 7),
                List.of(new EventTally(7, "参加村民大会", 2, 2), new EventTally(7, "宅前屋后乱堆物", 1, 3)),
                List.of(new FiredAward("参加村民大会", Kind.BASE, 2, "村民议事"),
                        new FiredAward("参加村民大会", Kind.BASE, 2, "村民议事"),
                        new FiredAward("宅前屋后乱堆物", Kind.BASE, -15, "人居环境"),
                        new FiredAward("见义勇为", Kind.BONUS, 20, "文明新风"),
                        new FiredAward("违法搭建", Kind.VETO, 0, "平安建设")), 3);

        assertThat(summary.getHouseholdId()).isEqualTo("7");
        assertThat(summary.getMonth()).isEqualTo("2024-07");
        assertThat(summary.count("参加村民大会")).isEqualTo(2);
        assertThat(summary.sum("宅前屋后乱堆物")).isEqualTo(3);
        assertThat(summary.count("见义勇为")).isZero();
        assertThat(summary.getEvents()).as("the events a rule scored, as given").isEqualTo(3);
        assertThat(summary.getBasePoints()).isEqualTo(-11);
        assertThat(summary.getBonusPoints()).isEqualTo(20);
        assertThat(summary.getDeductions()).isEqualTo(15);
    }

    @Test
    void anEntryNoRuleScoredIsCountedByItsTypeButNotAsAnEvent() {
        MonthSummary summary = MonthSummaries.of("9", YearMonth.of(2024, 9),
                List.of(new EventTally(9, "参加村民会议", 1, 1)), List.of(), 0);

        assertThat(summary.count("参加村民会议")).isEqualTo(1);
        assertThat(summary.getEvents()).isZero();
    }

    @Test
    void aMonthWithoutEventsIsAnEmptySummary() {
        MonthSummary summary = MonthSummaries.of("8", YearMonth.of(2024, 8), List.of(), List.of(), 0);

        assertThat(summary.getEvents()).isZero();
        assertThat(summary.getBasePoints()).isZero();
        assertThat(summary.getDeductions()).isZero();
    }
}
