package org.jifen.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.jifen.rules.Awards;
import org.jifen.rules.MonthSummary;

/**
 * A trial run of an uploaded plan before it is stored (ADR 0164): the plan is fired, as staff and the month-end would
 * fire it, with typical made-up inputs, and a run that is a plan fault (more than 100 awards, points past ±1000, its
 * CPU time, a loop, an exception) refuses the upload naming the rule, instead of failing every such event or
 * month-end once a village has put the plan in force.
 *
 * <p>Inputs: every event type the rules name and the catalog lists (or, without a catalog, one type no rule names),
 * with no attributes and with the attributes the catalog and the rules know ({@link AttributeChoices}), at quantity
 * 1, 2 and 5, for households of 1, 3 and 6 members with none, each and all of the tags the rules ask for; and a
 * month-end of such households without any event and with one event of every type. A fault that only unusual data
 * brings about is still stopped when it happens, by the budget of each run ({@link CompiledPlan}).
 */
final class TrialRun {

    /** A meeting is one; a few hours of volunteering or a few bags of sorted waste are more. */
    static final List<Integer> QUANTITIES = List.of(1, 2, 5);
    private static final int[] MEMBERS = {3, 1, 6};
    private static final int MAX_PROBLEMS = 10;
    /** Tags tried one at a time, at most: beyond, none and all of them only. */
    private static final int MAX_SINGLE_TAGS = 8;
    /** Values of one attribute tried one at a time, at most. */
    private static final int MAX_VALUES = 8;
    /** The type of an event no rule names, for a plan without a catalog: staff may write any type. */
    static final String OTHER_TYPE = "试算用的其他事件";
    private static final LocalDate DAY = LocalDate.of(2024, 7, 15);
    /** A second day for the type probe, years later: 「|| month >= "2026-12"」 must not hide a rule from it. */
    private static final LocalDate LATER_DAY = LocalDate.of(2027, 12, 15);

    private final CompiledPlan plan;
    private final Map<String, PlanProblem> problems = new LinkedHashMap<>();
    private int runs;
    /** Per rule, the event types it scored in the trial (attack 18b, N1). */
    private final Map<String, Set<String>> scoredTypes = new LinkedHashMap<>();
    /** Which rules fired in the trial, and which matched only to be cancelled by their activation group. */
    private final CompiledPlan.Matches matches = new CompiledPlan.Matches();
    /** The event types the trial saw scored up, and those it saw deducted or vetoed. */
    private final Set<String> rewarded = new LinkedHashSet<>();
    private final Set<String> penalised = new LinkedHashSet<>();
    /** The tags of each trial household, to say which it was (a household's tags can only be asked one by one). */
    private final Map<Household, Set<String>> tagsOf = new java.util.IdentityHashMap<>();

    private TrialRun(CompiledPlan plan) {
        this.plan = plan;
    }

    /** The plan faults the trial found, one per rule, in the order found; empty when every run passed. */
    static List<PlanProblem> of(CompiledPlan plan) {
        TrialRun trial = new TrialRun(plan);
        trial.run();
        return List.copyOf(trial.problems.values());
    }

    /** How many runs the trial makes of this plan (for the benchmark). */
    static int runs(CompiledPlan plan) {
        TrialRun trial = new TrialRun(plan);
        trial.run();
        return trial.runs;
    }

    private void run() {
        Set<String> types = eventTypes();
        List<Household> households = households();
        Map<String, List<Map<String, String>>> attributes = new LinkedHashMap<>();
        types.forEach(type -> attributes.put(type, attributeVariants(type)));
        for (String type : types) {
            for (Map<String, String> variant : attributes.get(type)) {
                for (int quantity : QUANTITIES) {
                    // every household at quantity 1; the larger quantities with the first two (no tags, all tags)
                    for (Household household : quantity == 1 ? households : households.subList(0,
                            Math.min(2, households.size()))) {
                        if (done()) {
                            return;
                        }
                        Event event = new Event(type, household.getId(), DAY, quantity, variant);
                        List<FiredAward> fired = fire(List.of(event, household), () -> "登记" + (type.equals(OTHER_TYPE)
                                ? "一件方案没有写到的事（事件类型「" + type + "」，" : "一件「" + type + "」（")
                                + "数量 " + quantity + described(variant) + tagsOf(household) + "）时",
                                "登记这样的事都会出错");
                        fired.forEach(award -> {
                            scoredTypes.computeIfAbsent(award.rule(), rule -> new LinkedHashSet<>()).add(type);
                            (award.kind() == Awards.Kind.VETO || award.points() < 0 ? penalised : rewarded).add(type);
                        });
                    }
                }
            }
        }
        namedAfterOtherTypes(types);
        typeBlind(households);
        Map<String, Map<String, String>> latest = new TreeMap<>();
        attributes.forEach((type, variants) -> latest.put(type, variants.get(variants.size() - 1)));
        for (boolean busy : new boolean[] {false, true}) {
            MonthSummary month = month(busy ? types : Set.of(), latest);
            for (Household household : households) {
                if (done()) {
                    return;
                }
                fire(List.of(month, household), () -> "一户的月末评定（当月" + (busy ? "每类事各登记了一件" : "没有登记任何事")
                        + tagsOf(household) + "）时", "这样的户每个月的月末评定都会出错");
            }
        }
        punishedForGoodDeeds(households.get(0), latest);
        shadowedInTheirGroups();
    }

    /**
     * A month-end rule that deducts or vetoes a household whose month holds good deeds only, one of each type the
     * trial saw only rewarded, and not a household whose month holds nothing (attack tryout 20, H1: 「月度核查」 on
     * {@code basePoints >= 1}, {@code events in (1, 2, …)}, {@code !(events == 0)}, each vetoing every household staff
     * had recorded a good deed for). It punishes the good deeds, however its condition is written.
     */
    private void punishedForGoodDeeds(Household household, Map<String, Map<String, String>> latest) {
        Set<String> good = new LinkedHashSet<>(rewarded);
        good.removeAll(penalised);
        if (good.isEmpty() || done()) {
            return;
        }
        Map<String, Map<String, String>> latestOfGood = new TreeMap<>(latest);
        latestOfGood.keySet().retainAll(good);
        Set<String> idle = punishing(fire(List.of(month(Set.of(), latest), household),
                () -> "一户的月末评定（当月没有登记任何事）时", "这样的户每个月的月末评定都会出错"));
        // each good deed alone once, then all of them once, twice, … (attack tryout 20b: 「events == 1」,
        // 「count("参加村民大会") >= 2」 and 「basePoints >= 6」 escaped a month of one of each)
        List<Map<String, Integer>> months = new ArrayList<>();
        good.forEach(type -> months.add(Map.of(type, 1)));
        for (int times : GOOD_DEEDS_TIMES) {
            Map<String, Integer> each = new TreeMap<>();
            good.forEach(type -> each.put(type, times));
            months.add(each);
        }
        for (Map<String, Integer> counts : months) {
            int events = counts.values().stream().mapToInt(Integer::intValue).sum();
            String deeds = counts.entrySet().stream().map(entry -> "「" + entry.getKey() + "」" + entry.getValue() + " 件")
                    .collect(java.util.stream.Collectors.joining("、"));
            Map<String, Map<String, String>> latestOfThese = new TreeMap<>(latestOfGood);
            latestOfThese.keySet().retainAll(counts.keySet());
            MonthSummary goodMonth = new MonthSummary("试算户", "2024-07", counts, counts, Math.min(100, 2 * events), 0, 0,
                    events, latestOfThese);
            for (String rule : punishing(fire(List.of(goodMonth, household), () -> "一户的月末评定（当月只登记了" + deeds
                    + "）时", "这样的户每个月的月末评定都会出错"))) {
                if (!idle.contains(rule) && !done()) {
                    plan.rule(rule).ifPresent(info -> problems.putIfAbsent(rule, new PlanProblem(info.file(),
                            Math.max(info.line(), 1), null, "规则「" + rule + "」在月底评定时，给一户只做了好事的月份（当月只登记了"
                            + deeds + "，没有扣分）扣分或一票否决，当月什么都没登记的户却不会：做了好事的户反而受罚，所以没有"
                            + "保存。请写明它按哪一种事来罚，例如 count(\"违法搭建\") >= 1，或按扣分来罚，例如 deductions >= 20")));
                }
            }
        }
    }

    /** How many of each good deed the trial's months of good deeds hold. */
    private static final int[] GOOD_DEEDS_TIMES = {1, 2, 3, 5, 10};

    private static Set<String> punishing(List<FiredAward> awards) {
        Set<String> rules = new LinkedHashSet<>();
        awards.stream().filter(award -> award.kind() == Awards.Kind.VETO || award.points() < 0)
                .forEach(award -> rules.add(award.rule()));
        return rules;
    }

    /**
     * A rule whose conditions held in the trial but that never scored, each time cancelled by a rule of its
     * activation group firing first (attack tryout 20, H2: 「参加村民大会」 +2 under 「会风纪律」 -5 of higher salience,
     * their conditions written differently): the plan and the record page show a rule that can never score.
     */
    private void shadowedInTheirGroups() {
        for (String rule : matches.cancelled) {
            if (matches.fired.contains(rule) || done()) {
                continue;
            }
            plan.rule(rule).ifPresent(info -> problems.putIfAbsent(rule, new PlanProblem(info.file(),
                    Math.max(info.line(), 1), null, "规则「" + rule + "」的条件在试算中成立过，可每一次都被同一个 "
                    + "activation-group 里先计分的规则抢先（salience 更大，或条件更宽），它一次也没有计分：方案和登记页上写着它，"
                    + "实际上它不会计分，所以没有保存。请删掉它，或者去掉 activation-group，或者把同组规则的条件分开，"
                    + "例如 intAttr(\"星级\") >= 5 和 intAttr(\"星级\") >= 3")));
        }
    }

    /**
     * A rule named after one of the plan's event types that the trial saw score another type (attack 18b, N1): however
     * its conditions are written ({@code "参加村民大会" == type}, {@code type in (…)}, an {@code ||}, no type at all), a
     * rule named 「违法搭建」 that vetoes a household for attending a meeting shows 「违法搭建」 on its notice. A type
     * whose name holds the named one (「垃圾分类检查」 scoring 垃圾分类检查合格) is the named one's kind; a type the name
     * says is absent (「（无违法搭建户）」) is not what it is named after.
     */
    private void namedAfterOtherTypes(Set<String> types) {
        scoredTypes.forEach((name, scored) -> plan.rule(name).ifPresent(rule -> {
            Set<String> named = RuleNames.typesNamed(rule.name(), types);
            if (named.isEmpty()) {
                return;
            }
            scored.stream().filter(type -> !RuleNames.speaksOf(rule.name(), named, type)).findFirst()
                    .ifPresent(other -> problems.putIfAbsent(rule.name(),
                    new PlanProblem(rule.file(), Math.max(rule.line(), 1), null, "规则「" + rule.name() + "」的名称说的是「"
                            + String.join("」「", named) + "」，可试算登记一件「" + other + "」时它也计了分：公示上登记了「"
                            + other + "」的户会显示成「" + rule.name() + "」，所以没有保存。请只用 type == \"事件类型\" "
                            + "限定这条规则的事件类型，或者把名称改成说清它计分的每一种事")));
        }));
    }

    /** A comparison of the event's type: the rule says which events it is for. */
    private static final Pattern TYPE_TEST = Pattern.compile("\\btype\\s*(==|!=)");
    /** A rule that scores what is absent may score any other event: not judged. */
    private static final Pattern ABSENCE = Pattern.compile("\\b(not|forall)\\b");

    /**
     * An event of a type no rule names, for the households without and with every tag: a rule whose conditions compare
     * the event's type and still scores it has a type test that restricts nothing (attack tryout 17, C1b:
     * {@code type == "好人好事" || quantity >= 0}, {@code type != ""}), so it pays for every event staff record.
     */
    private void typeBlind(List<Household> households) {
        Set<String> types = eventTypes();
        types.remove(OTHER_TYPE);
        // a type no plan can name (attack 18b, N20: 「|| type != "试算用的其他事件"」), on two days and at three quantities
        String unnamed = OTHER_TYPE + java.util.UUID.randomUUID();
        List<Object[]> probes = new ArrayList<>();
        for (Household household : households.subList(0, Math.min(2, households.size()))) {
            for (LocalDate day : List.of(DAY, LATER_DAY)) {
                for (int quantity : QUANTITIES) {
                    probes.add(new Object[] {household, day, quantity});
                }
            }
        }
        for (Object[] probe : probes) {
            Household household = (Household) probe[0];
            List<FiredAward> awards;
            try {
                awards = plan.fire(List.of(new Event(unnamed, household.getId(), (LocalDate) probe[1], (Integer) probe[2],
                        Map.of()), household));
            } catch (RuleFailed failed) {
                continue; // a fault is said by the runs above
            }
            for (FiredAward award : awards) {
                // attack tryout 18, F20: a rule named 「参加村民大会」 whose only condition is always true
                plan.rule(award.rule()).filter(rule -> (TYPE_TEST.matcher(rule.source()).find()
                        || types.stream().anyMatch(type -> type.length() >= 2 && rule.name().contains(type)))
                        && !ABSENCE.matcher(rule.source()).find()).ifPresent(rule -> problems.putIfAbsent(rule.name(),
                        new PlanProblem(rule.file(), Math.max(rule.line(), 1), null, "规则「" + rule.name()
                                + "」的条件（或名称）说的是某一种事件，可试算登记一件方案里没有写到的事时它也计了分："
                                + "条件里的「或」（|| 或 or）或者总是成立的比较（例如 type != \"\"、quantity > 0）让事件类型的限定不起作用，"
                                + "启用后登记任何事都会给这条规则计分，所以没有保存。请只用 type == \"事件类型\" 限定事件类型，"
                                + "和别的条件用逗号隔开")));
            }
        }
    }

    private boolean done() {
        return problems.size() >= MAX_PROBLEMS;
    }

    /** The awards of one run; none when the run failed, which is said as the rule's problem. */
    private List<FiredAward> fire(List<Object> facts, java.util.function.Supplier<String> when, String then) {
        runs++;
        try {
            return plan.fire(facts, matches);
        } catch (RuleFailed failed) {
            RuleInfo rule = plan.rule(failed.rule()).orElseGet(() -> plan.rules().values().stream()
                    .min(java.util.Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::line)).orElseThrow());
            problems.putIfAbsent(rule.name(), new PlanProblem(rule.file(), Math.max(rule.line(), 1), null,
                    "试算" + when.get() + "，" + failed.getMessage() + "。这个方案启用后" + then + "，所以没有保存："
                            + "请改正这条规则后再上传"));
            return List.of();
        }
    }

    /** The types the rules and the catalog name; without a catalog, also a type none of them names. */
    private Set<String> eventTypes() {
        Set<String> types = new LinkedHashSet<>();
        for (RuleInfo rule : plan.rules().values()) {
            types.addAll(TypeTests.accepted(rule.source()));
            types.addAll(TypeTests.counted(rule.source()));
        }
        plan.catalog().ifPresentOrElse(catalog -> types.addAll(catalog.types().keySet()), () -> types.add(OTHER_TYPE));
        return types;
    }

    /**
     * No attributes; then every attribute the catalog lists and the rules read filled in (a number where it is free,
     * ticked where it is a tick, the first value the rules compare it with); then each other such value in turn.
     */
    private List<Map<String, String>> attributeVariants(String type) {
        List<Map<String, String>> variants = new ArrayList<>();
        variants.add(Map.of());
        Map<String, String> filled = new TreeMap<>();
        plan.catalog().map(catalog -> catalog.types().get(type))
                .ifPresent(listed -> listed.attributes().forEach(attribute -> filled.put(attribute.strip(), "1")));
        Map<String, AttributeChoices.Choice> choices = plan.attributeChoices().of(type);
        choices.forEach((attribute, choice) -> filled.put(attribute, choice.tick() ? "是"
                : choice.values().isEmpty() ? "1" : choice.values().get(0)));
        if (filled.isEmpty()) {
            return variants;
        }
        variants.add(Map.copyOf(filled));
        choices.forEach((attribute, choice) -> choice.values().stream().skip(1).limit(MAX_VALUES).forEach(value -> {
            Map<String, String> other = new TreeMap<>(filled);
            other.put(attribute, value);
            variants.add(Map.copyOf(other));
        }));
        return variants;
    }

    /** Households without tags, with all the rules ask for, with each alone, and of other sizes. */
    private List<Household> households() {
        Set<String> tags = new LinkedHashSet<>();
        plan.tags().forEach(use -> tags.add(use.tag()));
        List<Set<String>> tagSets = new ArrayList<>(List.of(Set.of()));
        if (!tags.isEmpty()) {
            tagSets.add(Set.copyOf(tags));
        }
        if (tags.size() > 1 && tags.size() <= MAX_SINGLE_TAGS) {
            tags.forEach(tag -> tagSets.add(Set.of(tag)));
        }
        List<Household> households = new ArrayList<>();
        tagSets.forEach(set -> households.add(household(MEMBERS[0], set)));
        for (int m = 1; m < MEMBERS.length; m++) {
            households.add(household(MEMBERS[m], Set.of()));
            if (!tags.isEmpty()) {
                households.add(household(MEMBERS[m], Set.copyOf(tags)));
            }
        }
        return households;
    }

    private Household household(int members, Set<String> tags) {
        Household household = new Household("试算户", "一组", null, members, members, tags);
        tagsOf.put(household, new java.util.TreeSet<>(tags));
        return household;
    }

    private static MonthSummary month(Set<String> types, Map<String, Map<String, String>> latest) {
        Map<String, Integer> once = new TreeMap<>();
        types.forEach(type -> once.put(type, 1));
        boolean busy = !types.isEmpty();
        return new MonthSummary("试算户", "2024-07", once, once, busy ? 10 : 0, busy ? 2 : 0, 0, types.size(),
                busy ? latest : Map.of());
    }

    private static String described(Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        attributes.forEach((name, value) -> pairs.add(name + "「" + value + "」"));
        return "，" + String.join("、", pairs);
    }

    private String tagsOf(Household household) {
        return "，" + household.getMembers() + " 口人" + (tagsOf.get(household).isEmpty() ? "、没有户标签"
                : "、户标签 " + String.join("、", tagsOf.get(household)));
    }
}
