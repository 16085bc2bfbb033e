package org.jifen.balance;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * When a finalised month's points stop being spendable, by the village's choice:
 * <ul>
 * <li>{@code NEVER}: they never do;</li>
 * <li>{@code YEARLY} with a reset day such as 12-31: at the end of the reset day, every point that became spendable
 * on or before it expires ("年底清零"), except a month that became spendable fewer than {@link #LEAST_DAYS} days
 * before it, which is kept to the next year's reset day, so that no month is spendable for a day or two only
 * (found from outside: a backlog finalised on the reset day expired the next morning; ADR 0162);</li>
 * <li>{@code AFTER_A_YEAR}: a month's points can be spent until the same month a year later ends (July 2024's until
 * 31 July 2025). A month finalised late gets the year a month finalised on time gets: its year is counted from the
 * month before the one it became spendable in (July 2024 finalised on 10 September 2024 is spendable until
 * 31 August 2025), so no point expires before, or soon after, it could be spent (ADR 0110).</li>
 * </ul>
 * Honour points (all ever earned) never expire: expiry takes spendable points only.
 */
public record ExpiryRule(ExpiryMode mode, @Nullable MonthDay resetDay) {

    public static final ExpiryRule NEVER = new ExpiryRule(ExpiryMode.NEVER, null);

    /** A yearly reset leaves a month's points spendable for at least this many days. */
    public static final int LEAST_DAYS = 30;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("M月d日");

    public ExpiryRule {
        if (mode == ExpiryMode.YEARLY && resetDay == null) {
            throw new IllegalArgumentException("a yearly expiry needs its reset day");
        }
        resetDay = mode == ExpiryMode.YEARLY ? resetDay : null;
    }

    /** The first day the lot's points can no longer be spent, or null when they never expire. */
    public @Nullable LocalDate expiresOn(PointsAccount.Lot lot) {
        return switch (mode) {
            case NEVER -> null;
            case AFTER_A_YEAR -> {
                YearMonth earned = lot.month();
                YearMonth asIfOnTime = YearMonth.from(lot.spendableFrom()).minusMonths(1);
                yield (asIfOnTime.isAfter(earned) ? asIfOnTime : earned).plusMonths(13).atDay(1);
            }
            case YEARLY -> {
                LocalDate from = lot.spendableFrom();
                LocalDate reset = day().atYear(from.getYear());
                if (reset.isBefore(from)) {
                    reset = day().atYear(from.getYear() + 1);
                }
                // spendable on the reset day itself counts as one day
                if (from.plusDays(LEAST_DAYS - 1).isAfter(reset)) {
                    reset = day().atYear(reset.getYear() + 1);
                }
                yield reset.plusDays(1);
            }
        };
    }

    /** The rule in a sentence, for the village and its households. */
    public String description() {
        return switch (mode) {
            case NEVER -> "可用积分长期有效，不清零；荣誉积分（累计获得的积分）永不清零。";
            case YEARLY -> "每年 " + MONTH_DAY.format(day()) + " 清零：到这一天为止可用而未用完的积分于次日到期；"
                    + "清零日前不足 " + LEAST_DAYS + " 天才定稿的月份，积分保留到下一年的清零日；"
                    + "荣誉积分（累计获得的积分）永不清零。规则设定后定稿的月份按此执行。";
            case AFTER_A_YEAR -> "每月积分自定稿起可用，有效期到一年后的同月月底，未用完的到期；迟于次月定稿的月份，"
                    + "有效期从定稿的前一个月起算，不会未用先过期；荣誉积分（累计获得的积分）永不清零。"
                    + "规则设定后定稿的月份按此执行。";
        };
    }

    /** Why the points of these months expire on this day, in the words the household page shows. */
    public String reason(LocalDate on, int points, List<YearMonth> months, boolean again) {
        String prefix = again ? "撤销兑换退回的积分已过有效期，随即到期。" : "";
        String lastDay = DAY.format(on.minusDays(1));
        return prefix + switch (mode) {
            case NEVER -> "积分到期 " + points + " 分";
            case YEARLY -> "本村每年 " + MONTH_DAY.format(day()) + " 清零：截至 " + lastDay + " 未用完的 " + points
                    + " 分于 " + DAY.format(on) + " 到期";
            case AFTER_A_YEAR -> months.stream().map(ExpiryRule::monthLabel).collect(Collectors.joining("、"))
                    + "的积分有效期一年，至 " + lastDay + " 止；未用完的 " + points + " 分于 " + DAY.format(on) + " 到期";
        };
    }

    /** A reset day as the API writes it, {@code MM-dd}. */
    public static String written(MonthDay day) {
        return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }

    private MonthDay day() {
        if (resetDay == null) {
            throw new IllegalStateException("no reset day for " + mode);
        }
        return resetDay;
    }

    private static String monthLabel(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}
