package org.jifen.month;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.jifen.month.MonthArithmetic.Cap;
import org.jifen.month.MonthArithmetic.Line;
import org.jifen.rules.Awards.Kind;

/** The township's arithmetic holds for any month, whatever awards it holds and in whatever order they came. */
class MonthArithmeticPropertyTest {

    private static final List<String> RULES = List.of("参加村民大会", "宅前屋后乱堆物", "见义勇为", "垃圾分类", "违法搭建", "志愿服务");

    @Property(tries = 500)
    void baseAlwaysCountsWithinZeroAndTheFullScore(@ForAll("months") List<Line> lines, @ForAll("caps") Map<String, Cap> caps) {
        MonthTotals month = MonthArithmetic.total(lines, caps);

        assertThat(month.base()).isBetween(0, MonthArithmetic.FULL_SCORE);
        assertThat(month.bonus()).isNotNegative();
        assertThat(month.total()).isEqualTo(month.base() + month.bonus());
    }

    @Property(tries = 500)
    void theOrderOfAwardsNeverChangesTheMonth(@ForAll("months") List<Line> lines, @ForAll("caps") Map<String, Cap> caps,
            @ForAll long seed) {
        List<Line> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(seed));

        MonthTotals inOrder = MonthArithmetic.total(lines, caps);
        MonthTotals reordered = MonthArithmetic.total(shuffled, caps);

        assertThat(reordered.base()).isEqualTo(inOrder.base());
        assertThat(reordered.bonus()).isEqualTo(inOrder.bonus());
        assertThat(reordered.total()).isEqualTo(inOrder.total());
        assertThat(reordered.vetoed()).isEqualTo(inOrder.vetoed());
    }

    @Property(tries = 500)
    void theAwardsAndTheAdjustmentsAlwaysAddUpToTheTotal(@ForAll("months") List<Line> lines,
            @ForAll("caps") Map<String, Cap> caps) {
        MonthTotals month = MonthArithmetic.total(lines, caps);

        long asked = lines.stream().mapToLong(Line::points).sum();
        long adjusted = month.adjustments().stream().mapToLong(Adjustment::points).sum();
        assertThat(asked + adjusted).isEqualTo(month.total());
    }

    /** Whatever is stored, however large (two bonuses of 2147483647 once made a public total of -2). */
    @Property(tries = 500)
    void anyStoredAwardsAddUpWithoutOverflowAndWithinTheMonthsBounds(@ForAll("anyPoints") List<Line> lines,
            @ForAll("caps") Map<String, Cap> caps) {
        MonthTotals month = MonthArithmetic.total(lines, caps);

        long asked = lines.stream().mapToLong(Line::points).sum();
        long adjusted = month.adjustments().stream().mapToLong(Adjustment::points).sum();
        assertThat(asked + adjusted).isEqualTo(month.total());
        assertThat(month.base()).isBetween(0, MonthArithmetic.FULL_SCORE);
        assertThat(month.bonus()).isBetween(0, MonthArithmetic.MAX_MONTH_BONUS);
        assertThat(month.total()).isEqualTo(month.base() + month.bonus());
    }

    /**
     * Scoring an event reads the month as the database's sums per rule and kind with its veto entries, and adds the
     * event's awards one by one (ADR 0131): the same totals and adjustments as folding every line.
     */
    @Property(tries = 500)
    void theMonthSummedPerRuleCountsAsItsLines(@ForAll("months") List<Line> stored, @ForAll("months") List<Line> added,
            @ForAll("caps") Map<String, Cap> caps) {
        // What the database answers: one line per rule, cap value and kind, and the veto entries one by one.
        Map<List<Object>, Long> perRule = new LinkedHashMap<>();
        stored.stream().filter(line -> line.kind() != Kind.VETO).forEach(line -> perRule.merge(
                java.util.Arrays.asList(line.rule(), line.capKey(), line.kind()), (long) line.points(), Long::sum));
        List<Line> answered = new ArrayList<>();
        perRule.forEach((key, points) -> answered.add(new Line(0, (String) key.get(0), (Kind) key.get(2),
                Math.toIntExact(points), null, (String) key.get(1))));
        stored.stream().filter(line -> line.kind() == Kind.VETO).forEach(answered::add);
        MonthArithmetic.Sums sums = MonthArithmetic.Sums.of(answered);
        List<Line> all = new ArrayList<>(stored);
        for (Line line : added) {
            sums.add(line);
            all.add(line);
            MonthTotals summed = sums.total(caps);
            MonthTotals folded = MonthArithmetic.total(all, caps);
            assertThat(summed.total()).isEqualTo(folded.total());
            assertThat(summed.vetoed()).isEqualTo(folded.vetoed());
            assertThat(summed.adjustments()).containsExactlyInAnyOrderElementsOf(folded.adjustments());
        }
    }

    @Property(tries = 300)
    void aVetoedMonthCountsNothing(@ForAll("months") List<Line> lines, @ForAll("caps") Map<String, Cap> caps) {
        List<Line> vetoed = new ArrayList<>(lines);
        vetoed.add(Line.of(1_000_000, "违法搭建", Kind.VETO, 0));

        MonthTotals month = MonthArithmetic.total(vetoed, caps);

        assertThat(month.vetoed()).isTrue();
        assertThat(month.total()).isZero();
    }

    @Property(tries = 300)
    void aCappedRuleNeverCountsMoreThanItsCap(@ForAll @Size(max = 30) List<@net.jqwik.api.constraints.IntRange(min = -50, max = 50) Integer> points) {
        List<Line> lines = IntStream.range(0, points.size())
                .mapToObj(i -> Line.of(i, "宅前屋后乱堆物", Kind.BASE, points.get(i))).toList();

        MonthTotals month = MonthArithmetic.total(lines, Map.of("宅前屋后乱堆物", Cap.monthly(25)));

        long counted = points.stream().mapToLong(Integer::longValue).sum() + month.adjustments().stream()
                .filter(adjustment -> adjustment.reason() == Adjustment.Reason.CAP)
                .mapToLong(Adjustment::points).sum();
        assertThat(counted).isBetween(-25L, 25L);
    }

    @Provide
    Arbitrary<List<Line>> anyPoints() {
        Arbitrary<Line> line = Combinators.combine(
                Arbitraries.of(RULES),
                Arbitraries.of(Kind.BASE, Kind.BONUS, Kind.BONUS, Kind.VETO),
                Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.of(Integer.MAX_VALUE, Integer.MIN_VALUE)))
                .as((rule, kind, points) ->
                new Line(0, rule, kind, kind == Kind.VETO ? 0 : points, null));
        return line.list().ofMaxSize(20).map(MonthArithmeticPropertyTest::numbered);
    }

    @Provide
    Arbitrary<List<Line>> months() {
        Arbitrary<Line> line = Combinators.combine(
                Arbitraries.of(RULES),
                Arbitraries.of(Kind.BASE, Kind.BASE, Kind.BASE, Kind.BONUS, Kind.VETO),
                Arbitraries.integers().between(-60, 60)).as((rule, kind, points) ->
                new Line(0, rule, kind, kind == Kind.VETO ? 0 : points, null));
        return line.list().ofMaxSize(60).map(MonthArithmeticPropertyTest::numbered);
    }

    @Property(tries = 500)
    void aReversedAwardCountsAsIfItHadNeverBeenRecorded(@ForAll("months") List<Line> lines,
            @ForAll("caps") Map<String, Cap> caps, @ForAll long seed) {
        Random random = new Random(seed);
        List<Line> kept = new ArrayList<>();
        List<Line> withReversals = new ArrayList<>(lines);
        long nextId = lines.size();
        for (Line line : lines) {
            if (random.nextBoolean()) {
                withReversals.add(Line.reversing(nextId++, line));
            } else {
                kept.add(line);
            }
        }
        Collections.shuffle(withReversals, random);

        MonthTotals reversed = MonthArithmetic.total(withReversals, caps);
        MonthTotals neverRecorded = MonthArithmetic.total(kept, caps);

        assertThat(reversed.base()).isEqualTo(neverRecorded.base());
        assertThat(reversed.bonus()).isEqualTo(neverRecorded.bonus());
        assertThat(reversed.total()).isEqualTo(neverRecorded.total());
        assertThat(reversed.vetoed()).isEqualTo(neverRecorded.vetoed());
        long asked = withReversals.stream().mapToLong(Line::points).sum();
        long adjusted = reversed.adjustments().stream().mapToLong(Adjustment::points).sum();
        assertThat(asked + adjusted).isEqualTo(reversed.total());
    }

    /** Gives each line of a month its own ledger id, as the database does. */
    private static List<Line> numbered(List<Line> lines) {
        return IntStream.range(0, lines.size()).mapToObj(i -> {
            Line line = lines.get(i);
            return Line.of(i, line.rule(), line.kind(), line.points());
        }).toList();
    }

    @Provide
    Arbitrary<Map<String, Cap>> caps() {
        return Arbitraries.integers().between(1, 40).list().ofSize(RULES.size()).map(limits -> {
            Map<String, Cap> caps = new HashMap<>();
            for (int i = 0; i < RULES.size(); i += 2) {
                caps.put(RULES.get(i), Cap.monthly(limits.get(i)));
            }
            return caps;
        });
    }
}
