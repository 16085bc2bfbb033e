package org.jifen.month;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /** How the month says that base points never count below 0 (the start of that adjustment's explanation). */
    static final String BASE_FLOOR = "基础分扣至 0 分为止";

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

        /** Points per rule and the value of its cap's attribute as stored (null where the award names none). */
        private final Map<Capped, Long> base;
        private final Map<Capped, Long> bonus;
        /** Veto entries, and the ids of veto entries a reversing entry took back. */
        private final Set<Long> vetoes;
        private final Set<Long> vetoesReversed;

        public Sums() {
            this(new LinkedHashMap<>(), new LinkedHashMap<>(), new HashSet<>(), new HashSet<>());
        }

        private Sums(Map<Capped, Long> base, Map<Capped, Long> bonus, Set<Long> vetoes, Set<Long> vetoesReversed) {
            this.base = base;
            this.bonus = bonus;
            this.vetoes = vetoes;
            this.vetoesReversed = vetoesReversed;
        }

        /**
         * A month whose entries the database already summed per rule, value of the cap's attribute and kind: each
         * sum comes as one line, and veto entries one by one.
         */
        public static Sums of(List<Line> summedLines) {
            Sums sums = new Sums();
            summedLines.forEach(sums::add);
            return sums;
        }

        /** A copy to add to without changing this one. */
        public Sums copy() {
            return new Sums(new LinkedHashMap<>(base), new LinkedHashMap<>(bonus), new HashSet<>(vetoes),
                    new HashSet<>(vetoesReversed));
        }

        public Sums add(Line line) {
            switch (line.kind()) {
                case BASE -> base.merge(new Capped(line.rule(), line.capKey()), (long) line.points(), Long::sum);
                case BONUS -> bonus.merge(new Capped(line.rule(), line.capKey()), (long) line.points(), Long::sum);
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
            Set<String> rules = new java.util.LinkedHashSet<>();
            base.keySet().forEach(capped -> rules.add(capped.rule()));
            bonus.keySet().forEach(capped -> rules.add(capped.rule()));
            return rules;
        }

        /** A veto that a reversing entry took back (on review) no longer vetoes, and a reversing entry never does. */
        boolean vetoed() {
            return vetoes.stream().anyMatch(id -> !vetoesReversed.contains(id));
        }

        public MonthTotals total(Map<String, Cap> caps) {
            List<Adjustment> adjustments = new ArrayList<>();
            long base = counted(Kind.BASE, apart(this.base, caps), caps, adjustments);
            long bonus = counted(Kind.BONUS, apart(this.bonus, caps), caps, adjustments);

            if (base < 0) {
                adjustments.add(new Adjustment(Adjustment.Reason.FLOOR, null, -base,
                        BASE_FLOOR + "（本月扣分超出 " + (-base) + " 分）"));
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

    /**
     * The sums as the governing version's caps keep them: apart per value of the attribute where the rule's cap says
     * {@code by} (an award that named no value shares one cap, ""), together where it does not (ADR 0155).
     */
    private static Map<Capped, Long> apart(Map<Capped, Long> sums, Map<String, Cap> caps) {
        Map<Capped, Long> kept = new LinkedHashMap<>();
        sums.forEach((capped, points) -> {
            Cap cap = caps.get(capped.rule());
            String key = cap == null || cap.by() == null ? null : Objects.requireNonNullElse(capped.key(), "");
            kept.merge(new Capped(capped.rule(), key), points, Long::sum);
        });
        return kept;
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
                                + (counts < asked ? "" : "（扣完为止）"), kind, key));
            }
            total += counts;
        }
        return total;
    }

    private static long clamp(long points, int limit) {
        return Math.max(-limit, Math.min(limit, points));
    }
}
