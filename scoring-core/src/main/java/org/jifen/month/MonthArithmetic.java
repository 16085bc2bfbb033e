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
    public record Line(long id, String rule, Kind kind, int points, @Nullable Long reverses, @Nullable String capKey) {

        public Line(long id, String rule, Kind kind, int points, @Nullable Long reverses) {
            this(id, rule, kind, points, reverses, null);
        }

        public static Line of(long id, String rule, Kind kind, int points) {
            return new Line(id, rule, kind, points, null);
        }

        /** The entry that takes {@code original} back. */
        public static Line reversing(long id, Line original) {
            return new Line(id, original.rule(), original.kind(), -original.points(), original.id(),
                    original.capKey());
        }
    }

    /**
     * A rule's cap over its window; {@code earlier} is what the rule already granted the household, per kind, in
     * the window's earlier months (none for a monthly cap), so that a quarterly cap spans the quarter.
     *
     * <p>A cap {@code by} an attribute (ADR 0155) binds each value of it apart: a line's {@code capKey} names its
     * value, and {@code earlierByKey} holds the earlier months per value. Whether a rule's lines are kept apart is
     * the governing version's word, like the cap itself: lines that carry a key count together under a cap without
     * {@code by}.
     */
    public record Cap(int limit, CapWindow window, Map<Kind, Long> earlier, @Nullable String by,
            Map<String, Map<Kind, Long>> earlierByKey) {

        public Cap(int limit, CapWindow window, Map<Kind, Long> earlier) {
            this(limit, window, earlier, null, Map.of());
        }

        public static Cap monthly(int limit) {
            return new Cap(limit, CapWindow.MONTH, Map.of());
        }

        long earlier(Kind kind, @Nullable String key) {
            Map<Kind, Long> before = key == null ? earlier : earlierByKey.getOrDefault(key, Map.of());
            return before.getOrDefault(kind, 0L);
        }
    }

    /** A rule, and the value of its cap's attribute when its cap binds each value apart. */
    private record Capped(String rule, @Nullable String key) {
    }

    private MonthArithmetic() {
    }

    public static MonthTotals total(List<Line> lines, Map<String, Cap> caps) {
        List<Adjustment> adjustments = new ArrayList<>();
        Map<Capped, Long> baseByRule = sumByRule(lines, Kind.BASE, caps);
        Map<Capped, Long> bonusByRule = sumByRule(lines, Kind.BONUS, caps);
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

    private static Map<Capped, Long> sumByRule(List<Line> lines, Kind kind, Map<String, Cap> caps) {
        Map<Capped, Long> sums = new LinkedHashMap<>();
        lines.stream().filter(line -> line.kind() == kind).forEach(line -> {
            Cap cap = caps.get(line.rule());
            String key = cap == null || cap.by() == null ? null : Objects.requireNonNullElse(line.capKey(), "");
            sums.merge(new Capped(line.rule(), key), (long) line.points(), Long::sum);
        });
        return sums;
    }

    /** The sum of the rules' points, each rule (or each value of its cap's attribute) within its cap. */
    private static long counted(Kind kind, Map<Capped, Long> byRule, Map<String, Cap> caps,
            List<Adjustment> adjustments) {
        long total = 0;
        for (Map.Entry<Capped, Long> rule : byRule.entrySet()) {
            long asked = rule.getValue();
            String name = rule.getKey().rule();
            String key = rule.getKey().key();
            Cap cap = caps.get(name);
            long counts = cap == null ? asked
                    : clamp(cap.earlier(kind, key) + asked, cap.limit()) - clamp(cap.earlier(kind, key), cap.limit());
            if (counts != asked) {
                // Entries that did not say the attribute share one cap, as the household's would.
                String apart = key == null || key.isEmpty() ? "" : "（" + cap.by() + "「" + key + "」）";
                adjustments.add(new Adjustment(Adjustment.Reason.CAP, name, counts - asked,
                        "「" + name + "」" + apart + cap.window().said() + "最多计 " + cap.limit() + " 分"
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
