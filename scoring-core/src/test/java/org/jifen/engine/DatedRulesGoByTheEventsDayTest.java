package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.jifen.rules.MonthSummary;
import org.junit.jupiter.api.Test;

/**
 * A rule written {@code date-effective} or {@code date-expires} scores by the day the event happened (a month-end rule,
 * by the month's last day), never by the day the service runs it (ADR 0250): a month evaluated again years later, or a
 * late entry for an old month, scores as it did at the time.
 */
class DatedRulesGoByTheEventsDayTest {

    private static final String PLAN = """
            package villages.dated;
            import org.jifen.rules.Event;
            import org.jifen.rules.MonthSummary;
            global org.jifen.rules.Awards awards;

            rule "新规：参加村民大会"
                date-effective "1-Jul-2024"
            when
                Event( type == "参加村民大会" )
            then
                awards.add(3, "村民议事");
            end

            rule "旧规：参加村民大会"
                date-expires "1-Jul-2024"
            when
                Event( type == "参加村民大会" )
            then
                awards.add(2, "村民议事");
            end

            rule "下半年当月无扣分"
                date-effective "1-Jul-2024"
            when
                MonthSummary( deductions == 0 )
            then
                awards.add(5, "文明新风");
            end
            """;

    private final CompiledPlan plan = new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("村规.drl", PLAN)));
    private final Household household = new Household("1", "一组", null, 3, 3, Set.of());

    @Test
    void theDayBeforeGoesByTheOldRuleAndTheDayItselfByTheNew() {
        assertThat(meeting(LocalDate.of(2024, 6, 30))).containsExactly("旧规：参加村民大会");
        assertThat(meeting(LocalDate.of(2024, 7, 1))).containsExactly("新规：参加村民大会");
        assertThat(meeting(LocalDate.of(2024, 12, 31))).containsExactly("新规：参加村民大会");
    }

    @Test
    void aMonthEndRuleGoesByTheMonthsLastDay() {
        assertThat(monthEnd("2024-06")).isEmpty();
        assertThat(monthEnd("2024-07")).containsExactly("下半年当月无扣分");
    }

    private List<String> meeting(LocalDate day) {
        return plan.fire(List.of(new Event("参加村民大会", "1", day, 1, Map.of()), household)).stream()
                .map(FiredAward::rule).toList();
    }

    private List<String> monthEnd(String month) {
        return plan.fire(List.of(new MonthSummary("1", month, Map.of(), Map.of(), 0, 0, 0), household)).stream()
                .map(FiredAward::rule).toList();
    }
}
