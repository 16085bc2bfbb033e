package org.jifen.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** When a yearly reset takes a month's points: never a day or two after they became spendable. */
class ExpiryRuleTest {

    private final ExpiryRule yearEnd = new ExpiryRule(ExpiryMode.YEARLY, MonthDay.of(12, 31));

    @Test
    void aMonthSpendableWellBeforeTheResetDayExpiresTheDayAfterIt() {
        assertThat(expiresOn("2026-09", "2026-10-05")).isEqualTo("2027-01-01");
        assertThat(expiresOn("2026-10", "2026-12-02")).as("30 days, the reset day included").isEqualTo("2027-01-01");
    }

    @Test
    void aMonthSpendableFewerThanThirtyDaysBeforeTheResetDayIsKeptToTheNextOne() {
        assertThat(expiresOn("2026-10", "2026-12-03")).as("29 days").isEqualTo("2028-01-01");
        assertThat(expiresOn("2026-02", "2026-12-31")).as("finalised on the reset day").isEqualTo("2028-01-01");
    }

    @Test
    void theResetDayOfTheOutsideTryoutNoLongerLeavesOneDay() {
        ExpiryRule firstOfDecember = new ExpiryRule(ExpiryMode.YEARLY, MonthDay.of(12, 1));

        LocalDate on = firstOfDecember.expiresOn(new PointsAccount.Lot(YearMonth.parse("2026-02"), 24, LocalDate.parse("2026-12-01"),
                firstOfDecember));

        assertThat(on).isEqualTo(LocalDate.parse("2027-12-02"));
    }

    private String expiresOn(String month, String spendableFrom) {
        return String.valueOf(yearEnd.expiresOn(new PointsAccount.Lot(YearMonth.parse(month), 10, LocalDate.parse(spendableFrom),
                yearEnd)));
    }
}
