package org.jifen.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A household's balance holds whatever happens to it and in whatever order: months finalised, redemptions (refused
 * when they ask for more than is available), cancellations, days passing with expiries under any of the village's
 * rules. {@code available = earned - redeemed - expired + returned}, never below zero, and honour points are all ever
 * earned. The account is used here exactly as {@link BalanceService} uses it: expiries due by today are recorded
 * before anything moves, and again after a cancellation; each month keeps the rule in force when it was finalised.
 */
class PointsAccountPropertyTest {

    @Property(tries = 1000)
    void theBalanceIsEarnedLessSpentLessExpiredPlusReturnedAndNeverNegative(@ForAll("rules") ExpiryRule rule,
            @ForAll("histories") List<Step> history) {
        Household household = new Household(rule);
        for (Step step : history) {
            household.apply(step);
            int read = household.account().figures(household.today).available();
            household.settle();
            PointsAccount.Figures figures = household.account().figures(household.today);
            int expected = household.earned() - household.sum(PointsKind.SPENT) - household.sum(PointsKind.EXPIRED)
                    + household.sum(PointsKind.RETURNED);
            assertThat(figures.available()).as("after %s", step).isEqualTo(expected).isNotNegative();
            assertThat(read).as("a read counts the expiries due before they are recorded").isEqualTo(expected);
            assertThat(household.account().uses(household.today).stream()
                    .mapToInt(PointsAccount.LotUse::remaining).sum())
                    .as("what is left of the months, used soonest-expiring first").isEqualTo(expected);
            assertThat(figures.available()).isEqualTo(figures.earned() - figures.spent() - figures.expired());
            assertThat(figures.honour()).as("honour points never expire").isEqualTo(household.earned());
            assertThat(figures.spent()).as("never more returned than redeemed").isNotNegative();
            assertThat(household.sum(PointsKind.EXPIRED)).isBetween(0, household.earned());
        }
    }

    @Property(tries = 500)
    void recordingTheDueExpiriesTwiceRecordsNothingMore(@ForAll("rules") ExpiryRule rule,
            @ForAll("histories") List<Step> history) {
        Household household = new Household(rule);
        history.forEach(household::apply);

        household.settle();
        int movements = household.movements.size();
        household.settle();

        assertThat(household.movements).hasSize(movements);
        assertThat(household.account().due(household.today)).isEmpty();
    }

    @Property(tries = 500)
    void aRedemptionIsAcceptedExactlyWhenTheHouseholdHasThePoints(@ForAll("rules") ExpiryRule rule,
            @ForAll("histories") List<Step> history, @ForAll("points") int asked) {
        Household household = new Household(rule);
        history.forEach(household::apply);
        household.settle();
        int available = household.account().figures(household.today).available();

        boolean accepted = household.redeem(asked);

        assertThat(accepted).isEqualTo(asked <= available);
        assertThat(household.account().figures(household.today).available())
                .isEqualTo(accepted ? available - asked : available);
    }

    @Property(tries = 500)
    void noMonthsPointsExpireBeforeTheyCouldBeSpentHowEverLateItWasFinalised(@ForAll("rules") ExpiryRule rule,
            @ForAll("histories") List<Step> history) {
        Household household = new Household(rule);
        history.forEach(household::apply);

        for (PointsAccount.Lot lot : household.lots) {
            LocalDate expires = lot.expiresOn();
            if (expires != null && rule.mode() == ExpiryMode.AFTER_A_YEAR) {
                assertThat(expires).as("a year as if finalised on time: %s", lot)
                        .isAfterOrEqualTo(YearMonth.from(lot.spendableFrom()).plusMonths(12).atDay(1));
            } else if (expires != null) {
                assertThat(expires).as("%s", lot).isAfter(lot.spendableFrom());
            }
        }
    }

    @Property(tries = 300)
    void pointsThatNeverExpireAreAllStillThereLessWhatWasSpent(@ForAll("histories") List<Step> history) {
        Household household = new Household(ExpiryRule.NEVER);
        history.forEach(household::apply);

        PointsAccount.Figures figures = household.account().figures(household.today);

        assertThat(figures.expired()).isZero();
        assertThat(figures.available()).isEqualTo(household.earned() - figures.spent());
    }

    @Property(tries = 300)
    void aCancellationAfterItsPointsExpiredRevivesNothing(@ForAll("points") int points, @ForAll("points") int later) {
        Household household = new Household(new ExpiryRule(ExpiryMode.AFTER_A_YEAR, null));
        household.apply(new Finalise(points));
        household.redeem(points);
        household.apply(new Pass(400));
        household.nextMonth = YearMonth.from(household.today).minusMonths(1);
        household.apply(new Finalise(later));
        int half = Math.max(1, later / 2);
        household.redeem(half);
        household.settle();
        int before = household.account().figures(household.today).available();

        household.apply(new Cancel(0));

        PointsAccount.Figures after = household.account().figures(household.today);
        assertThat(after.available()).as("the first month's points expired while spent").isEqualTo(before)
                .isEqualTo(later - half);
        assertThat(after.returned()).isEqualTo(points);
        assertThat(after.expired()).isEqualTo(points);
    }

    @Property(tries = 300)
    void aRuleSetLaterLeavesTheMonthsFinalisedBeforeItAlone(@ForAll("points") int points) {
        Household household = new Household(ExpiryRule.NEVER);
        household.apply(new Finalise(points));
        household.rule = new ExpiryRule(ExpiryMode.YEARLY, MonthDay.of(12, 31));
        household.apply(new Pass(800));
        household.settle();

        assertThat(household.account().figures(household.today).available()).isEqualTo(points);
    }

    @Provide
    Arbitrary<ExpiryRule> rules() {
        return Arbitraries.oneOf(Arbitraries.just(ExpiryRule.NEVER),
                Arbitraries.just(new ExpiryRule(ExpiryMode.AFTER_A_YEAR, null)),
                Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
                        .as((month, day) -> new ExpiryRule(ExpiryMode.YEARLY, MonthDay.of(month, day))));
    }

    @Provide
    Arbitrary<Integer> points() {
        return Arbitraries.integers().between(1, 400);
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 130).map(Finalise::new),
                Arbitraries.integers().between(1, 150).map(Redeem::new),
                Arbitraries.integers().between(0, 20).map(Cancel::new),
                Arbitraries.integers().between(1, 200).map(Pass::new),
                Arbitraries.just(new Settle()));
        return step.list().ofMaxSize(60);
    }

    interface Step {
    }

    /** The next month is finalised with this total; its points are spendable from today. */
    record Finalise(int points) implements Step {
    }

    record Redeem(int points) implements Step {
    }

    /** Cancels the n-th redemption still standing (modulo their number), if any. */
    record Cancel(int which) implements Step {
    }

    record Pass(int days) implements Step {
    }

    /** The overnight job: records the expiries due by today. */
    record Settle() implements Step {
    }

    /** A household's recorded facts, changed the way the service changes them. */
    private static final class Household {

        ExpiryRule rule;
        final List<PointsAccount.Lot> lots = new ArrayList<>();
        final List<PointsAccount.Movement> movements = new ArrayList<>();
        final List<long[]> standing = new ArrayList<>();
        long redemptions;
        LocalDate today = LocalDate.of(2024, 8, 5);
        YearMonth nextMonth = YearMonth.of(2024, 7);

        Household(ExpiryRule rule) {
            this.rule = rule;
        }

        PointsAccount account() {
            return new PointsAccount(lots, movements);
        }

        int earned() {
            return lots.stream().mapToInt(PointsAccount.Lot::points).sum();
        }

        int sum(PointsKind kind) {
            return movements.stream().filter(m -> m.kind() == kind).mapToInt(PointsAccount.Movement::points).sum();
        }

        void apply(Step step) {
            if (step instanceof Finalise finalise) {
                if (finalise.points() > 0) {
                    lots.add(new PointsAccount.Lot(nextMonth, finalise.points(), today, rule));
                }
                nextMonth = nextMonth.plusMonths(1);
            } else if (step instanceof Redeem redeem) {
                redeem(redeem.points());
            } else if (step instanceof Cancel cancel) {
                if (!standing.isEmpty()) {
                    settle();
                    long[] redemption = standing.remove(cancel.which() % standing.size());
                    movements.add(new PointsAccount.Movement(PointsKind.RETURNED, (int) redemption[1], today,
                            redemption[0], null));
                    settle();
                }
            } else if (step instanceof Pass pass) {
                today = today.plusDays(pass.days());
            } else {
                settle();
            }
        }

        /** As the counter does: settle, then spend if there is enough. */
        boolean redeem(int points) {
            settle();
            if (points > account().figures(today).available()) {
                return false;
            }
            redemptions++;
            movements.add(new PointsAccount.Movement(PointsKind.SPENT, points, today, redemptions, null));
            standing.add(new long[] {redemptions, points});
            return true;
        }

        void settle() {
            for (PointsAccount.Expiry due : account().due(today)) {
                movements.add(new PointsAccount.Movement(PointsKind.EXPIRED, due.points(), today, null, due.on()));
            }
        }
    }
}
