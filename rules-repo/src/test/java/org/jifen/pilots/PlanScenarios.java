package org.jifen.pilots;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.FiredAward;
import org.jifen.engine.PlanCompiler;
import org.jifen.engine.RuleInfo;
import org.jifen.rules.Awards.Kind;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.jifen.rules.MonthSummary;
import org.jspecify.annotations.Nullable;

/**
 * The vocabulary of the plan use-case tables: one household, one recorded event (or one month), and the awards
 * written the way the village committee reads them, e.g. {@code 宅前屋后乱堆物 基础分 -35 人居环境}.
 */
final class PlanScenarios {

    static final String HOUSEHOLD_ID = "3-012";
    static final LocalDate RECORDED_ON = LocalDate.of(2024, 7, 15);

    private PlanScenarios() {
    }

    static CompiledPlan compile(String code) {
        return new PlanCompiler(1000).compile(PilotPlans.of(code).files());
    }

    /** A household of villager group 三组 with these tags ("党员户、低保户"; null or blank for none). */
    static Household household(@Nullable String tags) {
        Set<String> tagSet = Arrays.stream(split(tags, "[、;；]")).collect(Collectors.toSet());
        return new Household(HOUSEHOLD_ID, "三组", null, 4, 3, tagSet);
    }

    /** An event as staff record it; attributes as "级别=区级；建议被采纳=是". */
    static Event event(String type, int quantity, @Nullable String attributes) {
        Map<String, String> attrs = new LinkedHashMap<>();
        for (String pair : split(attributes, "[;；]")) {
            String[] keyValue = pair.split("=", 2);
            attrs.put(keyValue[0].strip(), keyValue.length > 1 ? keyValue[1].strip() : "");
        }
        return new Event(type, HOUSEHOLD_ID, RECORDED_ON, quantity, attrs);
    }

    /**
     * A household's month: its events as "类型=次数" or "类型=次数/数量合计" separated by "；", the deductions (as a
     * positive number) and the bonus points the month's events asked for.
     */
    static MonthSummary month(@Nullable String events, int deductions, int bonus) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> sums = new LinkedHashMap<>();
        for (String item : split(events, "[;；]")) {
            String[] typeAndNumbers = item.split("=", 2);
            String[] numbers = typeAndNumbers[1].split("/", 2);
            int count = Integer.parseInt(numbers[0].strip());
            counts.put(typeAndNumbers[0].strip(), count);
            sums.put(typeAndNumbers[0].strip(), numbers.length > 1 ? Integer.parseInt(numbers[1].strip()) : count);
        }
        return new MonthSummary(HOUSEHOLD_ID, "2024-07", counts, sums, 0, bonus, deductions);
    }

    static List<FiredAward> fireEvent(CompiledPlan plan, String type, int quantity, @Nullable String attributes,
            @Nullable String tags) {
        return plan.fire(List.of(event(type, quantity, attributes), household(tags)));
    }

    static List<FiredAward> fireMonth(CompiledPlan plan, @Nullable String events, int deductions, int bonus,
            @Nullable String tags) {
        return plan.fire(List.of(month(events, deductions, bonus), household(tags)));
    }

    /**
     * The awards a table row expects, separated by "；": "规则名 基础分 +3 村民议事", "规则名 附加分 +20 文明新风",
     * "规则名 一票否决 平安建设"; "无" when nothing may fire.
     */
    static List<FiredAward> awards(String expected) {
        if (expected.strip().equals("无")) {
            return List.of();
        }
        List<FiredAward> awards = new ArrayList<>();
        for (String item : split(expected, "[;；]")) {
            String[] words = item.strip().split("\\s+");
            Kind kind = switch (words[1]) {
                case "基础分" -> Kind.BASE;
                case "附加分" -> Kind.BONUS;
                case "一票否决" -> Kind.VETO;
                default -> throw new IllegalArgumentException("未知的积分种类：" + words[1]);
            };
            if (kind == Kind.VETO) {
                awards.add(new FiredAward(words[0], kind, 0, words[2]));
            } else {
                awards.add(new FiredAward(words[0], kind, Integer.parseInt(words[2].replace("+", "")), words[3]));
            }
        }
        return awards;
    }

    /** The plan's capped rules as "规则名 → 每月25" (or 每季度, 每年), sorted by rule name. */
    static Map<String, String> caps(CompiledPlan plan) {
        Map<String, String> caps = new TreeMap<>();
        for (RuleInfo rule : plan.rules().values()) {
            if (rule.cap() != null) {
                caps.put(rule.name(), rule.capWindow().said() + rule.cap());
            }
        }
        return caps;
    }


    private static String[] split(@Nullable String text, String separators) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(text.split(separators)).map(String::strip).filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }
}
