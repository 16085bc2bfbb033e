package org.jifen.month;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A run of whole months that books, star ratings and rankings are drawn up for: a year ({@code 2024}), a quarter
 * ({@code 2024-Q3}) or a month ({@code 2024-07}).
 */
public record Period(YearMonth first, int length, String text) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final List<String> NUMERALS = List.of("一", "二", "三", "四");

    /** The period written as {@code 2024}, {@code 2024-Q3} or {@code 2024-07}, or {@link MalformedPeriod}. */
    public static Period parse(String text) {
        Matcher year = YEAR.matcher(text);
        if (year.matches()) {
            return new Period(YearMonth.of(Integer.parseInt(year.group(1)), 1), 12, text);
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            return new Period(YearMonth.of(Integer.parseInt(quarter.group(1)),
                    3 * (Integer.parseInt(quarter.group(2)) - 1) + 1), 3, text);
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            return new Period(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))), 1,
                    text);
        }
        throw new MalformedPeriod(text);
    }

    /** The quarter a day falls in. */
    public static Period quarterOf(LocalDate day) {
        int number = (day.getMonthValue() - 1) / 3 + 1;
        return parse(day.getYear() + "-Q" + number);
    }

    /** The period written, or when none is, the quarter of today. */
    public static String orQuarterOf(@Nullable String text, LocalDate today) {
        return text == null ? quarterOf(today).text() : text;
    }

    public List<YearMonth> months() {
        return IntStream.range(0, length).mapToObj(first::plusMonths).toList();
    }

    public LocalDate from() {
        return first.atDay(1);
    }

    /** The first day after the period. */
    public LocalDate until() {
        return first.plusMonths(length).atDay(1);
    }

    /** As a notice board says it: 2024年, 2024年第三季度, 2024年7月. */
    public String label() {
        return switch (length) {
            case 12 -> first.getYear() + "年";
            case 3 -> first.getYear() + "年第" + NUMERALS.get((first.getMonthValue() - 1) / 3) + "季度";
            default -> first.getYear() + "年" + first.getMonthValue() + "月";
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
