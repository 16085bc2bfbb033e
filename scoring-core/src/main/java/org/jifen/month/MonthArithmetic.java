package org.jifen.month;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Sums sums = new Sums();
        lines.forEach(sums::add);
        return sums.total(caps);
    }

    /**
     * The fold's running state: the points per rule of each kind, and the vetoes that stand. Adding a line costs the
     * same however many lines the month already holds, and the totals cost by the number of rules, not of lines, so
     * that scoring an event into a month of thousands of entries costs what it costs into an empty month.
     */
    public static final class Sums {

        private final Map<String, Long> base;
        private final Map<String, Long> bonus;
        /** Veto entries, and the ids of veto entries a reversing entry took back. */
        private final Set<Long> vetoes;
        private final Set<Long> vetoesReversed;

        public Sums() {
            this(new LinkedHashMap<>(), new LinkedHashMap<>(), new HashSet<>(), new HashSet<>());
        }

        private Sums(Map<String, Long> base, Map<String, Long> bonus, Set<Long> vetoes, Set<Long> vetoesReversed) {
            this.base = base;
            this.bonus = bonus;
            this.vetoes = vetoes;
            this.vetoesReversed = vetoesReversed;
        }

        /** A month whose entries are already summed per rule and kind, with its veto entries as lines. */
        public static Sums of(Map<String, Long> baseByRule, Map<String, Long> bonusByRule, List<Line> vetoLines) {
            Sums sums = new Sums(new LinkedHashMap<>(baseByRule), new LinkedHashMap<>(bonusByRule), new HashSet<>(),
                    new HashSet<>());
            vetoLines.forEach(sums::add);
            return sums;
        }

        /** A copy to add to without changing this one. */
        public Sums copy() {
            return new Sums(new LinkedHashMap<>(base), new LinkedHashMap<>(bonus), new HashSet<>(vetoes),
                    new HashSet<>(vetoesReversed));
        }

        public Sums add(Line line) {
            switch (line.kind()) {
                case BASE -> base.merge(line.rule(), (long) line.points(), Long::sum);
                case BONUS -> bonus.merge(line.rule(), (long) line.points(), Long::sum);
                case VETO -> {
                    if (line.reverses() == null) {
                        vetoes.add(line.id());
                    } else {
                        vetoesReversed.add(line.reverses());
                    }
                }
                default -> {
                }
            }
            return this;
        }

        /** The rules with points in the month, of any kind but a veto. */
        public Set<String> rules() {
            Set<String> rules = new java.util.LinkedHashSet<>(base.keySet());
            rules.addAll(bonus.keySet());
            return rules;
        }

        /** A veto that a reversing entry took back (on review) no longer vetoes, and a reversing entry never does. */
        boolean vetoed() {
            return vetoes.stream().anyMatch(id -> !vetoesReversed.contains(id));
        }

        public MonthTotals total(Map<String, Cap> caps) {
            List<Adjustment> adjustments = new ArrayList<>();
            long base = counted(Kind.BASE, this.base, caps, adjustments);
            long bonus = counted(Kind.BONUS, this.bonus, caps, adjustments);

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
            boolean vetoed = vetoed();
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
