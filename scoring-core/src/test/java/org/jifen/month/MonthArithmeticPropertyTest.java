package org.jifen.month;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

    @Property(tries = 300)
    void aVetoedMonthCountsNothing(@ForAll("months") List<Line> lines, @ForAll("caps") Map<String, Cap> caps) {
        List<Line> vetoed = new ArrayList<>(lines);
        vetoed.add(new Line("违法搭建", Kind.VETO, 0));

        MonthTotals month = MonthArithmetic.total(vetoed, caps);

        assertThat(month.vetoed()).isTrue();
        assertThat(month.total()).isZero();
    }

    @Property(tries = 300)
    void aCappedRuleNeverCountsMoreThanItsCap(@ForAll @Size(max = 30) List<@net.jqwik.api.constraints.IntRange(min = -50, max = 50) Integer> points) {
        List<Line> lines = points.stream().map(p -> new Line("宅前屋后乱堆物", Kind.BASE, p)).toList();

        MonthTotals month = MonthArithmetic.total(lines, Map.of("宅前屋后乱堆物", Cap.monthly(25)));

        long counted = points.stream().mapToLong(Integer::longValue).sum() + month.adjustments().stream()
                .filter(adjustment -> adjustment.reason() == Adjustment.Reason.CAP)
                .mapToLong(Adjustment::points).sum();
        assertThat(counted).isBetween(-25L, 25L);
    }

    @Provide
    Arbitrary<List<Line>> months() {
        Arbitrary<Line> line = Combinators.combine(
                Arbitraries.of(RULES),
                Arbitraries.of(Kind.BASE, Kind.BASE, Kind.BASE, Kind.BONUS, Kind.VETO),
                Arbitraries.integers().between(-60, 60)).as((rule, kind, points) ->
                new Line(rule, kind, kind == Kind.VETO ? 0 : points));
        return line.list().ofMaxSize(60);
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
