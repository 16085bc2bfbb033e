package org.jifen.month;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jifen.engine.CapWindow;
import org.jifen.rules.Awards.Kind;
import org.jspecify.annotations.Nullable;

/**
 * The township's arithmetic for one household's month (华新镇方案 四(三)): each rule within its {@code @cap}, base
 * points within 0..100, bonus points outside the 100 and never below 0, and a veto zeroing the month.
 *
 * <p>It is a fold over sums, so the result does not depend on the order in which awards were recorded. Every point
 * it does not count is named in an {@link Adjustment}. Reversing entries are lines like any other, so the awards
 * shown plus the adjustments still add up to the total.
 *
 * <p>Sums are {@code long} and bonus points count at most {@link #MAX_MONTH_BONUS} a month (ADR 0042), so that no
 * stored award, however large, overflows a total: two bonuses of 2147483647 once made a public total of -2.
 */
public final class MonthArithmetic {

    /** The monthly full score of base points ("每月满分100分，不含附加分"). */
    public static final int FULL_SCORE = 100;

    /** The most bonus points (附加分) one household's month counts; a rule awards at most 1000 at a time. */
    public static final int MAX_MONTH_BONUS = 1000;

    /**
     * One award as the arithmetic sees it. A reversing entry ({@code reverses} names the entry it takes back) carries
     * the opposite points under the same rule and kind, so sums net out by themselves; only a veto needs to know it
     * was reversed, because its points are 0.
     */
    public record Line(long id, String rule, Kind kind, int points, @Nullable Long reverses) {

        public static Line of(long id, String rule, Kind kind, int points) {
            return new Line(id, rule, kind, points, null);
        }

        /** The entry that takes {@code original} back. */
        public static Line reversing(long id, Line original) {
            return new Line(id, original.rule(), original.kind(), -original.points(), original.id());
        }
    }

    /**
     * A rule's cap over its window; {@code earlier} is what the rule already granted the household, per kind, in
     * the window's earlier months (none for a monthly cap), so that a quarterly cap spans the quarter.
     */
    public record Cap(int limit, CapWindow window, Map<Kind, Long> earlier) {

        public static Cap monthly(int limit) {
            return new Cap(limit, CapWindow.MONTH, Map.of());
        }

        long earlier(Kind kind) {
            return earlier.getOrDefault(kind, 0L);
        }
    }

    private MonthArithmetic() {
    }

    public static MonthTotals total(List<Line> lines, Map<String, Cap> caps) {
        List<Adjustment> adjustments = new ArrayList<>();
        Map<String, Long> baseByRule = sumByRule(lines, Kind.BASE);
        Map<String, Long> bonusByRule = sumByRule(lines, Kind.BONUS);
        long base = counted(Kind.BASE, baseByRule, caps, adjustments);
        long bonus = counted(Kind.BONUS, bonusByRule, caps, adjustments);

        if (base < 0) {
            adjustments.add(new Adjustment(Adjustment.Reason.FLOOR, null, -base,
                    "基础分扣至 0 分为止（本月扣分超出 " + (-base) + " 分）"));
            base = 0;
        } else if (base > FULL_SCORE) {
            adjustments.add(new Adjustment(Adjustment.Reason.CEILING, null, FULL_SCORE - base,
                    "基础分每月满分 " + FULL_SCORE + " 分（附加分另计），超出 " + (base - FULL_SCORE) + " 分不计"));
            base = FULL_SCORE;
        }
        if (bonus < 0) {
            adjustments.add(new Adjustment(Adjustment.Reason.FLOOR, null, -bonus, "附加分不低于 0 分"));
            bonus = 0;
        } else if (bonus > MAX_MONTH_BONUS) {
            adjustments.add(new Adjustment(Adjustment.Reason.CEILING, null, MAX_MONTH_BONUS - bonus,
                    "附加分每月最多计 " + MAX_MONTH_BONUS + " 分，超出 " + (bonus - MAX_MONTH_BONUS) + " 分不计"));
            bonus = MAX_MONTH_BONUS;
        }
        boolean vetoed = vetoes(lines);
        if (vetoed) {
            if (base + bonus != 0) {
                adjustments.add(new Adjustment(Adjustment.Reason.VETO, null, -(base + bonus),
                        "一票否决：本月积分计 0 分"));
            }
            base = 0;
            bonus = 0;
        }
        return new MonthTotals((int) base, (int) bonus, (int) (base + bonus), vetoed, List.copyOf(adjustments));
    }

    /** A veto that a reversing entry took back (on review) no longer vetoes, and a reversing entry never does. */
    private static boolean vetoes(List<Line> lines) {
        Set<Long> reversed = lines.stream().map(Line::reverses).filter(Objects::nonNull).collect(Collectors.toSet());
        return lines.stream().anyMatch(line -> line.kind() == Kind.VETO && line.reverses() == null
                && !reversed.contains(line.id()));
    }

    private static Map<String, Long> sumByRule(List<Line> lines, Kind kind) {
        Map<String, Long> sums = new LinkedHashMap<>();
        lines.stream().filter(line -> line.kind() == kind)
                .forEach(line -> sums.merge(line.rule(), (long) line.points(), Long::sum));
        return sums;
    }

    /** The sum of the rules' points, each rule held within its cap over its window. */
    private static long counted(Kind kind, Map<String, Long> byRule, Map<String, Cap> caps,
            List<Adjustment> adjustments) {
        long total = 0;
        for (Map.Entry<String, Long> rule : byRule.entrySet()) {
            long asked = rule.getValue();
            Cap cap = caps.get(rule.getKey());
            long counts = cap == null ? asked
                    : clamp(cap.earlier(kind) + asked, cap.limit()) - clamp(cap.earlier(kind), cap.limit());
            if (counts != asked) {
                adjustments.add(new Adjustment(Adjustment.Reason.CAP, rule.getKey(), counts - asked,
                        "「" + rule.getKey() + "」" + cap.window().said() + "最多计 " + cap.limit() + " 分"
                                + (counts < asked ? "" : "（扣完为止）")));
            }
            total += counts;
        }
        return total;
    }

    private static long clamp(long points, int limit) {
        return Math.max(-limit, Math.min(limit, points));
    }
}
