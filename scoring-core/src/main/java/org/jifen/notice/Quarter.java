package org.jifen.notice;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** A calendar quarter, written {@code 2024-Q3} in URLs. */
public record Quarter(int year, int number) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final List<String> NUMERALS = List.of("一", "二", "三", "四");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter " + number);
        }
    }

    /** The quarter written as {@code yyyy-Qn}, or {@link MalformedQuarter}. */
    public static Quarter parse(String text) {
        Matcher matcher = WRITTEN.matcher(text);
        if (!matcher.matches()) {
            throw new MalformedQuarter(text);
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The quarter a month belongs to. */
    public static Quarter of(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    public List<YearMonth> months() {
        return IntStream.range(0, 3).mapToObj(i -> YearMonth.of(year, 3 * (number - 1) + 1 + i)).toList();
    }

    /** As the notice board says it: {@code 2024年第三季度}. */
    public String label() {
        return year + "年第" + NUMERALS.get(number - 1) + "季度";
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
