package org.jifen.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterTest {

    @Test
    void theThirdQuarterIsJulyToSeptember() {
        Quarter quarter = Quarter.parse("2024-Q3");

        assertThat(quarter.months()).containsExactly(YearMonth.of(2024, 7), YearMonth.of(2024, 8),
                YearMonth.of(2024, 9));
        assertThat(quarter.label()).isEqualTo("2024年第三季度");
        assertThat(quarter).hasToString("2024-Q3");
        assertThat(Quarter.parse("2025-Q1").months()).first().isEqualTo(YearMonth.of(2025, 1));
    }

    @Test
    void eachMonthBelongsToItsQuarter() {
        assertThat(Quarter.of(YearMonth.of(2024, 1))).isEqualTo(new Quarter(2024, 1));
        assertThat(Quarter.of(YearMonth.of(2024, 3))).isEqualTo(new Quarter(2024, 1));
        assertThat(Quarter.of(YearMonth.of(2024, 7))).isEqualTo(new Quarter(2024, 3));
        assertThat(Quarter.of(YearMonth.of(2024, 12))).isEqualTo(new Quarter(2024, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-Q5", "2024-Q0", "2024Q3", "24-Q3", "2024-q3", "2024-Q3 ", "2024-07", ""})
    void anythingElseIsMalformed(String text) {
        assertThatThrownBy(() -> Quarter.parse(text)).isInstanceOf(MalformedQuarter.class);
    }
}
