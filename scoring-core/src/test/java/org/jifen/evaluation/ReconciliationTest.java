package org.jifen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.jifen.engine.FiredAward;
import org.jifen.rules.Awards.Kind;
import org.junit.jupiter.api.Test;

/** Evaluating again compares what stands with what the rules give now, and changes only the difference. */
class ReconciliationTest {

    private static final FiredAward NO_DEDUCTIONS = new FiredAward("当月无扣分", Kind.BASE, 10, "文明新风");
    private static final FiredAward FULL_ATTENDANCE = new FiredAward("全勤参会", Kind.BONUS, 5, "村民议事");

    @Test
    void theFirstEvaluationAddsEverything() {
        Reconciliation<FiredAward> change = Reconciliation.of(List.of(), Function.identity(),
                List.of(NO_DEDUCTIONS, FULL_ATTENDANCE));

        assertThat(change.toReverse()).isEmpty();
        assertThat(change.toAdd()).containsExactly(NO_DEDUCTIONS, FULL_ATTENDANCE);
    }

    @Test
    void evaluatingAgainWithNothingChangedChangesNothing() {
        Reconciliation<FiredAward> change = Reconciliation.of(List.of(NO_DEDUCTIONS, FULL_ATTENDANCE),
                Function.identity(), List.of(FULL_ATTENDANCE, NO_DEDUCTIONS));

        assertThat(change.toReverse()).isEmpty();
        assertThat(change.toAdd()).isEmpty();
    }

    @Test
    void anAwardTheRulesNoLongerGiveIsReversedAndANewOneAdded() {
        Reconciliation<FiredAward> change = Reconciliation.of(List.of(NO_DEDUCTIONS), Function.identity(),
                List.of(FULL_ATTENDANCE));

        assertThat(change.toReverse()).containsExactly(NO_DEDUCTIONS);
        assertThat(change.toAdd()).containsExactly(FULL_ATTENDANCE);
    }

    @Test
    void awardsAreMatchedOneForOneSoARuleFiringOnceLessReversesOneAward() {
        Reconciliation<FiredAward> change = Reconciliation.of(List.of(FULL_ATTENDANCE, FULL_ATTENDANCE),
                Function.identity(), List.of(FULL_ATTENDANCE));

        assertThat(change.toReverse()).containsExactly(FULL_ATTENDANCE);
        assertThat(change.toAdd()).isEmpty();
    }

    @Test
    void otherPointsFromTheSameRuleAreAnotherAward() {
        FiredAward more = new FiredAward("当月无扣分", Kind.BASE, 12, "文明新风");

        Reconciliation<FiredAward> change = Reconciliation.of(List.of(NO_DEDUCTIONS), Function.identity(),
                List.of(more));

        assertThat(change.toReverse()).containsExactly(NO_DEDUCTIONS);
        assertThat(change.toAdd()).containsExactly(more);
    }
}
