package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.RefusedWorkbooks.refused;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attack tryout 19b, G4: a month-end rule with a neutral name, 「月度核查」 on {@code events >= 1}, vetoed every household
 * staff had recorded anything for, a good deed as much as a bad one. A month-end deduction or veto must say which type
 * or which deductions it is for; rewarding any record, and deducting for none, stay.
 */
class MonthEndPenaltiesSayWhatTheyAreForTest {

    private static final String CATALOG = "事件类型,类别\n参加村民大会,村民议事\n违法搭建,平安建设\n";

    @ParameterizedTest
    @ValueSource(strings = {"MonthSummary( events >= 1 ) then awards.veto(\"平安建设\");",
        "$m : MonthSummary( $m.events > 0 ) then awards.add(-20, \"平安建设\");",
        "MonthSummary( 0 < getEvents() || count(\"违法搭建\") >= 1 ) then awards.veto(\"平安建设\");",
        "MonthSummary( events >= 1 ) Household( members > 0 ) then awards.add(-5, \"平安建设\");"})
    void aPenaltyForAnyRecordIsRefused(String rule) {
        assertThat(refused(plan("月度核查", rule)))
                .anySatisfy(problem -> assertThat(problem.message()).startsWith("规则「月度核查」在月底评定时，只要一户这个月登记过事就")
                        .contains("好人好事也算在里面", "count(\"违法搭建\") >= 1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MonthSummary( deductions == 0, events > 0 ) then awards.add(10, \"文明新风\");",
        "MonthSummary( events >= 1, count(\"违法搭建\") >= 1 ) then awards.veto(\"平安建设\");",
        "MonthSummary( events == 0 ) then awards.add(-5, \"村民议事\");",
        "MonthSummary( deductions >= 20, events >= 1 ) then awards.veto(\"平安建设\");"})
    void aMonthEndRuleThatSaysWhatItIsForStays(String rule) {
        assertThat(new PlanCompiler(1000).compileUpload(plan("月度核查", rule)).rules()).hasSize(1);
    }

    /** Attack tryout 20, H1: the same penalty written so that no reading of its text sees it; the trial run does. */
    @ParameterizedTest
    @ValueSource(strings = {"MonthSummary( !(events == 0) )", "MonthSummary( events >= 1, deductions >= 0 )",
        "MonthSummary( basePoints >= 1 )", "MonthSummary( events in (1, 2, 3, 4, 5) )", "MonthSummary( events not in (0) )",
        "MonthSummary( events + deductions >= 1 )", "MonthSummary( events >= 1, count(\"违法搭建\") < 1000 )",
        // attack tryout 20b: thresholds above one of each good deed
        "MonthSummary( count(\"参加村民大会\") >= 2 )", "MonthSummary( events == 1 )", "MonthSummary( basePoints >= 6 )",
        "MonthSummary( sum(\"参加村民大会\") >= 7 )"})
    void aPenaltyForGoodDeedsIsRefusedHoweverItIsWritten(String when) {
        assertThat(refused(withAMeeting(when + " then awards.veto(\"平安建设\");")))
                .anySatisfy(problem -> assertThat(problem.message()).startsWith("规则「月度核查」在月底评定时，")
                        .containsAnyOf("做了好事的户反而受罚", "做了好事的户也会被罚"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MonthSummary( deductions == 0, events > 0 ) then awards.add(10, \"文明新风\");",
        "MonthSummary( count(\"违法搭建\") >= 1 ) then awards.veto(\"平安建设\");",
        "MonthSummary( events == 0 ) then awards.add(-5, \"村民议事\");",
        "MonthSummary( count(\"参加村民大会\") < 2 ) then awards.add(-2, \"村民议事\");"})
    void aMonthEndRuleBesideAGoodDeedStays(String rule) {
        assertThat(new PlanCompiler(1000).compileUpload(withAMeeting(rule)).rules()).hasSize(2);
    }

    /** Attack tryout 20, H7: the guide's own advice, named for why it vetoes, was refused as a name saying 扣分. */
    @ParameterizedTest
    @ValueSource(strings = {"本月扣分过多", "累计扣分超过规定"})
    void aVetoNamedForTheDeductionsItIsForStays(String name) {
        List<PlanFile> files = withAMeeting("MonthSummary( events >= 1, deductions >= 20 ) then awards.veto(\"平安建设\");");
        assertThat(new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl", files.get(0).text()
                .replace("月度核查", name)), files.get(1))).rules()).containsKey(name);
    }

    private static List<PlanFile> withAMeeting(String rule) {
        List<PlanFile> files = plan("月度核查", rule);
        return List.of(PlanFile.of("方案.drl", files.get(0).text() + "\nrule \"参加村民大会\"\nwhen\n    Event( type == "
                + "\"参加村民大会\" )\nthen\n    awards.add(2, \"村民议事\");\nend\n"), files.get(1));
    }

    private static List<PlanFile> plan(String name, String rule) {
        return List.of(PlanFile.of("方案.drl", HostileCorpus.HEADER + "\nrule \"" + name + "\"\nwhen\n    "
                + rule.replace(" then ", "\nthen\n    ") + "\nend\n"), PlanFile.of("catalog.csv", CATALOG));
    }
}
