package org.jifen.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jifen.engine.PlanFile;

/**
 * The shape of the third outside tryout's month-end finding (M1): a plan of many month-end rules that every household
 * meets ({@code MonthSummary( events > -n )}, one bonus point each: conditions that differ, since the upload refuses
 * more than 100 identical ones, ADR 0156, yet always hold) and one event rule, over a register imported at once.
 * Within the documented limits (300 rules a plan, 5,000 rows an import).
 */
public final class ManyMonthEndRules {

    private ManyMonthEndRules() {
    }

    /** The plan: {@code rules} month-end rules and the event rule {@code e1} (type "A", 1 point). */
    public static PlanFile plan(int rules) {
        return plan(rules, "");
    }

    /**
     * The plan, its month-end rules only for households of at least {@code members} people: larger than any the
     * upload's trial run tries (ADR 0164), so that a plan past the budget reaches a month-end, as one stored before
     * the trial could.
     */
    public static PlanFile planForHouseholdsOf(int rules, int members) {
        return plan(rules, "Household( members >= " + members + " )");
    }

    private static PlanFile plan(int rules, String household) {
        String monthEnd = IntStream.range(0, rules).mapToObj(n -> String.format("""
                rule "m%03d"
                when
                    MonthSummary( events > -%d )
                    """ + household + """

                then
                    awards.bonus(1, "文明新风");
                end
                """, n, n + 1)).collect(Collectors.joining());
        return PlanFile.of("月末规则.drl", """
                package villages.monthend;
                import org.jifen.rules.Event;
                import org.jifen.rules.MonthSummary;
                import org.jifen.rules.Household;
                global org.jifen.rules.Awards awards;
                """ + monthEnd + """
                rule "e1"
                when
                    Event( type == "A" )
                then
                    awards.add(1, "村民议事");
                end
                """);
    }

    /** Imports {@code households} eligible households into the village in one upload; answers their ids. */
    public static List<Long> register(Township township, String village, int households) {
        return register(township, village, households, 3);
    }

    /** Imports {@code households} eligible households of {@code members} people each; answers their ids. */
    public static List<Long> register(Township township, String village, int households, int members) {
        String csv = "户号,户主姓名,村民小组,自然村,本地户籍,宅基地,常住人口,家庭人口,标签\r\n" + IntStream.rangeClosed(1, households)
                .mapToObj(n -> String.format("%05d,户主%d,一组,中心村,是,是,2," + members + ",", n, n))
                .collect(Collectors.joining("\r\n"));
        Api.Reply imported = township.api().upload("/api/villages/" + village + "/households:import", "file",
                new PlanFile("全村.csv", csv.getBytes(StandardCharsets.UTF_8)));
        if (imported.status() != 200 || !imported.body().contains("\"created\":" + households)) {
            throw new IllegalStateException("register not imported: " + imported);
        }
        List<Long> ids = new java.util.ArrayList<>();
        township.api().get("/api/villages/" + village + "/households").json()
                .forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
