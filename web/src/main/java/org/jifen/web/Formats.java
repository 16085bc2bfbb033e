package org.jifen.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Dates, times and points as the pages write them, in the service's time zone: {@code ${@fmt.time(at)}} in a
 * template.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;

    Formats(Clock clock) {
        this.clock = clock;
    }

    public String time(@Nullable Instant at) {
        return at == null ? "" : TIME.format(at.atZone(clock.getZone()));
    }

    public String clock(@Nullable Instant at) {
        return at == null ? "" : CLOCK.format(at.atZone(clock.getZone()));
    }

    public String day(@Nullable LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String day(@Nullable Instant at) {
        return at == null ? "" : DAY.format(at.atZone(clock.getZone()));
    }

    /** 2024-07 as 2024年7月. */
    public String month(@Nullable YearMonth month) {
        return month == null ? "" : month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /** 2024-07 as 7月. */
    public String monthOnly(YearMonth month) {
        return month.getMonthValue() + "月";
    }

    /** Points with their sign: +2, -5, 0. */
    public String signed(int points) {
        return points > 0 ? "+" + points : String.valueOf(points);
    }

    public String signed(long points) {
        return points > 0 ? "+" + points : String.valueOf(points);
    }
}
