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
 * on or before it expires ("年底清零");</li>
 * <li>{@code AFTER_A_YEAR}: a month's points can be spent until the same month a year later ends (July 2024's until
 * 31 July 2025).</li>
 * </ul>
 * Honour points (all ever earned) never expire: expiry takes spendable points only.
 */
public record ExpiryRule(ExpiryMode mode, @Nullable MonthDay resetDay) {

    public static final ExpiryRule NEVER = new ExpiryRule(ExpiryMode.NEVER, null);

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
            case AFTER_A_YEAR -> YearMonth.parse(lot.month()).plusMonths(13).atDay(1);
            case YEARLY -> {
                LocalDate from = lot.spendableFrom();
                LocalDate reset = day().atYear(from.getYear());
                yield (reset.isBefore(from) ? day().atYear(from.getYear() + 1) : reset).plusDays(1);
            }
        };
    }

    /** The rule in a sentence, for the village and its households. */
    public String description() {
        return switch (mode) {
            case NEVER -> "可用积分长期有效，不清零；荣誉积分（累计获得的积分）永不清零。";
            case YEARLY -> "每年 " + MONTH_DAY.format(day()) + " 清零：到这一天为止可用而未用完的积分于次日到期；"
                    + "荣誉积分（累计获得的积分）永不清零。规则设定后定稿的月份按此执行。";
            case AFTER_A_YEAR -> "每月积分自定稿起可用，有效期到一年后的同月月底，未用完的到期；荣誉积分（累计获得的积分）永不清零。"
                    + "规则设定后定稿的月份按此执行。";
        };
    }

    /** Why the points of these months expire on this day, in the words the household page shows. */
    public String reason(LocalDate on, int points, List<String> months, boolean again) {
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

    private static String monthLabel(String month) {
        YearMonth ym = YearMonth.parse(month);
        return ym.getYear() + "年" + ym.getMonthValue() + "月";
    }
}
