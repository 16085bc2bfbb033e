package org.jifen.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.jspecify.annotations.Nullable;

/**
 * The plan checked as a whole, after each rule passed on its own (ADR 0090): rules for event types the village's
 * catalog does not list (they can never fire), catalog types no rule scores, a plan without a catalog, tags written
 * the wrong way round (「非贫困户」 for "not 贫困户"), and rules that are the same rule twice. Refusals are what can
 * only be a mistake; warnings are what may be meant, shown with the version until it is activated.
 */
final class PlanFindings {

    /** Attributes under which a rule may not score when another with the same conditions does. */
    private static final Set<String> GATES = Set.of("activation-group", "date-effective", "date-expires");
    private static final Pattern TAG = Pattern.compile("\\bhasTag\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(?:attr|intAttr|flag)\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern LITERAL_POINTS = Pattern.compile("awards\\.(?:add|bonus)\\(\\s*([+-]?\\d{1,9})\\s*,");
    /** The category an award counts into: the last argument, a literal. */
    private static final Pattern AWARD_CATEGORY = Pattern.compile(
            "awards\\.(?:add|bonus)\\([^;]*?,\\s*\"([^\"]*)\"\\s*\\)\\s*;");
    /** A {@code !} right before {@code hasTag(}: the household must not have the tag. */
    private static final Pattern NOT_BEFORE = Pattern.compile("!\\s*$");
    private static final Pattern ONLY_TYPE = Pattern.compile("\\s*type\\s*==\\s*\"([^\"]*)\"\\s*");
    private static final String MONTH_END = "\u0000月末";
    private static final Pattern NEGATED_TAG = Pattern.compile("^(非|不是|无|没有|未)(.+)$");

    private final List<PlanProblem> refusals = new ArrayList<>();
    private final List<PlanProblem> warnings = new ArrayList<>();
    private final List<TagUse> tags = new ArrayList<>();

    private final List<NameUse> names = new ArrayList<>();
    private final NamesAgainstEffects effects = new NamesAgainstEffects(refusals);
    /** Per event type, what its rules read of an event: the attributes, and {@link #QUANTITY} for the quantity. */
    private final Map<String, Set<String>> readOfType = new HashMap<>();

    /** What the whole-plan check found, and the names the rules use, for {@link LookAlikeNames}. */
    record Found(List<PlanProblem> refusals, List<PlanProblem> warnings, List<TagUse> tags, List<NameUse> names) {
    }

    /** A name a rule's conditions use: an event type, an attribute or a household tag ({@link NameUse#TYPE}…). */
    record NameUse(String kind, String name, RuleInfo rule, @Nullable String cell) {
        static final String TYPE = "事件类型";
        static final String ATTRIBUTE = "属性";
        static final String TAG = "户标签";
    }

    private PlanFindings() {
    }

    static Found of(List<RuleSource> sources, Map<String, RuleInfo> rules, @Nullable EventCatalog catalog,
            @Nullable PlanFile catalogFile) {
        return of(sources, rules, catalog, catalogFile, true);
    }

    /**
     * @param whole false when a row or file of the plan could not be read (ADR 0177): what no rule uses is then not
     *     said, since the rule that uses it may be in what was left out
     */
    static Found of(List<RuleSource> sources, Map<String, RuleInfo> rules, @Nullable EventCatalog catalog,
            @Nullable PlanFile catalogFile, boolean whole) {
        PlanFindings findings = new PlanFindings();
        findings.check(sources, rules, catalog, catalogFile == null || !whole ? null : catalogFile);
        if (whole) {
            findings.effects.types(catalog);
        }
        if (catalog != null && catalogFile != null && whole) {
            findings.effects.catalog(catalog, catalogFile);
        }
        return new Found(findings.refusals, findings.warnings, findings.tags, findings.names);
    }

    private void check(List<RuleSource> sources, Map<String, RuleInfo> rules, @Nullable EventCatalog catalog,
            @Nullable PlanFile catalogFile) {
        Set<String> used = new LinkedHashSet<>();
        Map<String, RuleInfo> bodies = new HashMap<>();
        Map<String, RuleInfo> sameConditions = new HashMap<>();
        Map<String, Integer> rulesByConditions = new HashMap<>();
        Map<String, List<RuleInfo>> alwaysMatching = new LinkedHashMap<>();
        Map<String, Grouped> grouped = new HashMap<>();
        String firstFile = null;
        for (RuleSource source : sources) {
            for (RuleDescr descr : source.descr().getRules()) {
                RuleInfo rule = rules.get(descr.getName());
                if (rule == null) {
                    continue;
                }
                firstFile = firstFile == null ? rule.file() : firstFile;
                switchedOffOrDated(descr, rule);
                if (descr.getLhs() == null || descr.getLhs().getDescrs().isEmpty()) {
                    warnings.add(new PlanProblem(rule.file(), rule.line(), null, "规则「" + rule.name() + "」没有写条件"
                            + "（when 和 then 之间是空的）：每登记一件事、每次月底评定都会给它计分；如果不是有意的，请写上条件，"
                            + "例如 Event( type == \"参加村民大会\" )"));
                }
                List<Expression> expressions = new ArrayList<>();
                collect(descr.getLhs(), false, expressions);
                for (Expression expression : expressions) {
                    eventTypes(expression.text(), source, rule, catalog, used);
                    tags(expression, source, rule);
                    Matcher attribute = ATTRIBUTE.matcher(expression.text());
                    while (attribute.find()) {
                        names.add(new NameUse(NameUse.ATTRIBUTE, attribute.group(1), rule,
                                source.conditionCellOf(rule.line(), attribute.group(1))));
                    }
                }
                // A rule paused, dated or in an activation group may not score beside its twin (attack 15, W1).
                boolean gated = "false".equals(value(descr.getAttributes().get("enabled")))
                        || descr.getAttributes().keySet().stream().anyMatch(GATES::contains);
                String body = gated ? null : body(source, descr);
                boolean twice = false;
                if (body != null) {
                    RuleInfo twin = bodies.putIfAbsent(body, rule);
                    if (twin != null) {
                        twice = true;
                        warnings.add(new PlanProblem(rule.file(), rule.line(), null, "规则「" + rule.name() + "」和"
                                + where(twin) + "的「" + twin.name() + "」条件和分值完全一样，同一件事会计两次分："
                                + "如果不是有意的，请删掉其中一条"));
                    }
                }
                String conditions = conditionKey(descr.getLhs());
                shadowedInItsGroup(descr, rule, conditions, grouped);
                RuleInfo overlapping = gated ? null : sameConditions.putIfAbsent(conditions, rule);
                tooManyAlike(rule, rulesByConditions.merge(conditions, 1, Integer::sum),
                        overlapping == null ? rule : overlapping);
                if (overlapping != null && !twice && !conditions.isEmpty()) {
                    warnings.add(new PlanProblem(rule.file(), rule.line(), null, "规则「" + rule.name() + "」和"
                            + where(overlapping) + "的「" + overlapping.name() + "」条件完全一样，同一件事两条规则都会计分："
                            + "如果是有意的（例如一件事既加这一类又扣那一类），可以不管；否则请删掉一条，或把分值合到一条里"));
                }
                String always = alwaysFor(descr.getLhs());
                if (always != null) {
                    alwaysMatching.computeIfAbsent(always, key -> new ArrayList<>()).add(rule);
                }
                capThatCannotBind(descr, rule, expressions);
                List<Branch> ways = branches(descr.getLhs());
                triggeredOnlyByWhatIsAbsent(descr, rule, ways);
                punishesAnyRecord(descr, rule, expressions);
                if (ways != null && ways.stream().anyMatch(Branch::typed) && ways.stream().anyMatch(Branch::anyType)) {
                    // attack tryout 20b, H3r: 「Event( type == "违法搭建" ) or Event( month in ("2026-12") )」
                    refusals.add(new PlanProblem(rule.file(), rule.line(), null, "规则「" + rule.name() + "」的条件用 or "
                            + "把写了事件类型的一种情形和没写事件类型的一种情形连在一起：后一种成立时，登记任何事都会给这条规则"
                            + "计分，事件类型的限定不起作用。请把它们拆成两条规则，各自用 type == \"事件类型\" 限定事件类型"));
                }
                expressions.stream().filter(expression -> !expression.negated()).filter(expression -> leakyTypeTest(
                        expression.text())).findFirst().ifPresent(leaky -> refusals.add(new PlanProblem(rule.file(),
                        rule.line(), null, "规则「" + rule.name() + "」的条件「" + leaky.text().strip() + "」用「或」（||）把事件类型"
                        + "和别的条件连在一起：别的条件成立时，登记任何事都会给这条规则计分，事件类型的限定不起作用。请只用 "
                        + "type == \"事件类型\" 限定事件类型，和别的条件用逗号隔开；几种事件写 type in (\"…\", \"…\")")));
                typesUnread |= typeUnread(descr, expressions);
                effects.rule(descr, rule, source, theTypeTested(expressions), expressions.stream()
                        .filter(expression -> !expression.negated()).map(Expression::text).toList());
                capNotWholeTimes(descr, rule, source);
                if (catalog != null) {
                    read(expressions, descr);
                    attributesNobodyRecords(expressions, source, rule, catalog);
                    categoryOtherThanCatalogs(descr, rule, source, expressions, catalog);
                }
            }
        }
        tooManyAlways(alwaysMatching);
        if (catalog == null) {
            if (!used.isEmpty() && firstFile != null) {
                warnings.add(new PlanProblem(firstFile, 0, null, "本方案没有事件类型清单 catalog.csv：登记事件时要一字不差地"
                        + "手写事件类型，写错了（例如把「参加村民大会」写成「参加村民会议」）系统无法发现，这件事也不会计分。"
                        + "建议上传 catalog.csv，列出本方案用到的 " + used.size() + " 种事件类型：" + String.join("、", used)));
            }
        } else if (catalogFile != null) {
            unusedCatalogTypes(catalog, catalogFile, used);
            countsBesideTheQuantity(catalog, catalogFile);
        }
    }

    private static final String QUANTITY = "\u0000数量";
    private static final Pattern READS_QUANTITY = Pattern.compile("\\bquantity\\b|getQuantity\\(\\)");
    /**
     * An attribute named as a count of something (处数, 次数, 人数, 天数, 小时数, 时长…): what staff would type in 「数量」.
     */
    private static final Pattern COUNT_NAME = Pattern.compile(
            "^.{0,8}(处|次|人|天|日|小时|时|户|件|个|棵|株|只|名|回|趟|场|辆|亩|米|块|袋|车|桶)数$|^(数量|数目|时长|件数)$");

    /** What the rule, of one event type, reads of the event: its attributes, and its quantity. */
    private void read(List<Expression> expressions, RuleDescr descr) {
        Set<String> types = new LinkedHashSet<>();
        expressions.forEach(expression -> types.addAll(TypeTests.accepted(expression.text())));
        if (types.size() != 1) {
            return;
        }
        Set<String> read = readOfType.computeIfAbsent(types.iterator().next(), type -> new LinkedHashSet<>());
        List<String> texts = new ArrayList<>(expressions.stream().map(Expression::text).toList());
        texts.add(String.valueOf(descr.getConsequence()));
        for (String text : texts) {
            Matcher attribute = ATTRIBUTE.matcher(text);
            while (attribute.find()) {
                read.add(attribute.group(1));
            }
            if (READS_QUANTITY.matcher(text).find()) {
                read.add(QUANTITY);
            }
        }
    }

    /**
     * A catalog attribute named as a count that no rule reads, beside rules of its type that count the quantity
     * (tryout clerk 5, H2; ADR 0252): staff are asked for both, type the count in the attribute, and only 「数量」 scores.
     */
    private void countsBesideTheQuantity(EventCatalog catalog, PlanFile catalogFile) {
        for (EventCatalog.EventType type : catalog.types().values()) {
            Set<String> read = readOfType.getOrDefault(type.type(), Set.of());
            if (!read.contains(QUANTITY)) {
                continue;
            }
            for (String attribute : type.attributes()) {
                if (COUNT_NAME.matcher(attribute.strip()).matches() && !read.contains(attribute)) {
                    warnings.add(new PlanProblem(catalogFile.name(), EventCatalog.lineOf(catalogFile, 0, type.type()),
                            null, "事件类型清单里「" + type.type() + "」的属性「" + attribute + "」没有哪条规则用到，"
                                    + "而这一类型的规则按「数量」计分：登记时工作人员会被要求填「" + attribute + "」和「数量」两项，"
                                    + "只有「数量」计分（例如「" + attribute + "」填 2、「数量」不改，只按 1 计分）。"
                                    + "请删掉属性「" + attribute + "」，让工作人员把它填在「数量」里；"
                                    + "如果要按「" + attribute + "」计分，请改规则"));
                }
            }
        }
    }

    private void eventTypes(String expression, RuleSource source, RuleInfo rule, @Nullable EventCatalog catalog,
            Set<String> used) {
        Set<String> named = new LinkedHashSet<>(TypeTests.accepted(expression));
        named.addAll(TypeTests.counted(expression));
        for (String name : named) {
            used.add(name);
            names.add(new NameUse(NameUse.TYPE, name, rule, source.conditionCellOf(rule.line(), name)));
            String imitated = catalog == null || catalog.lists(name) ? null : catalog.types().keySet().stream()
                    .filter(listed -> LookAlikes.imitates(name, listed)).findFirst().orElse(null);
            if (imitated != null) {
                refusals.add(new PlanProblem(rule.file(), rule.line(), source.conditionCellOf(rule.line(), name),
                        "规则「" + rule.name() + "」的事件类型「" + name + "」和事件类型清单 catalog.csv 里的「" + imitated
                                + "」" + LookAlikes.howTheyDiffer(name, imitated) + "：登记时选的是「" + imitated
                                + "」，这条规则永远不会计分。请一字不差地写成「" + imitated + "」"
                                + where(rule, source, name)));
            } else if (catalog != null && !catalog.lists(name)) {
                String nearest = nearest(name, catalog.types().keySet());
                refusals.add(new PlanProblem(rule.file(), rule.line(), source.conditionCellOf(rule.line(), name),
                        "规则「" + rule.name() + "」的事件类型「" + name + "」不在本村的事件类型清单 catalog.csv 里，"
                                + "登记时选不到它，这条规则永远不会计分：请改成清单里的写法"
                                + (nearest == null ? "" : "（是不是「" + nearest + "」？）")
                                + "，或者在 catalog.csv 里加上这一类型" + where(rule, source, name)));
            }
        }
    }

    private void tags(Expression expression, RuleSource source, RuleInfo rule) {
        Matcher tag = TAG.matcher(expression.text());
        while (tag.find()) {
            String name = tag.group(1);
            String cell = source.conditionCellOf(rule.line(), name);
            names.add(new NameUse(NameUse.TAG, name, rule, cell));
            boolean absent = expression.negated() ^ NOT_BEFORE.matcher(expression.text().substring(0, tag.start()))
                    .find();
            tags.add(new TagUse(name, rule.name(), rule.file(), rule.line(), cell, absent));
            Matcher negated = NEGATED_TAG.matcher(name);
            if (negated.matches() && absent) {
                warnings.add(new PlanProblem(rule.file(), rule.line(), cell, "规则「" + rule.name() + "」不含标签「" + name
                        + "」是双重否定：它计的是带有「" + name + "」这个标签以外的户。如果想说不是" + negated.group(2)
                        + "的户，请在「不含标签」列只写「" + negated.group(2) + "」" + where(rule, source, name)));
            } else if (negated.matches()) {
                warnings.add(new PlanProblem(rule.file(), rule.line(), cell, "规则「" + rule.name() + "」的户标签「" + name
                        + "」只对登记了「" + name + "」这个标签的户生效，并不是「不是" + negated.group(2) + "」的意思。"
                        + "如果想说不是" + negated.group(2) + "，请把「" + negated.group(2) + "」写在表格的「不含标签」列，"
                        + "或用中文句式「家庭户没有标签 \"" + negated.group(2) + "\"」写这一条"
                        + where(rule, source, name)));
            }
        }
    }

    /**
     * A cap that no household can reach (ADR 0123): on a rule that only vetoes (a veto has no points), or a monthly
     * cap on a month-end rule, which fires once a month, at least as large as the points it gives.
     */
    private void capThatCannotBind(RuleDescr descr, RuleInfo rule, List<Expression> expressions) {
        if (rule.cap() == null) {
            return;
        }
        String consequence = String.valueOf(descr.getConsequence());
        boolean points = consequence.contains("awards.add") || consequence.contains("awards.bonus");
        String why = null;
        if (!points && consequence.contains("awards.veto")) {
            why = "这条规则只有一票否决，没有分值，上限管不到它";
        } else if (rule.capWindow() == CapWindow.MONTH && monthEndOnly(descr.getLhs())) {
            Matcher literal = LITERAL_POINTS.matcher(consequence);
            long most = 0;
            int awards = 0;
            while (literal.find()) {
                awards++;
                most = Math.max(most, Math.abs(Long.parseLong(literal.group(1))));
            }
            boolean all = awards == 1 && WrittenAwards.of(consequence).calls().size() == 1;
            if (all && most <= rule.cap()) {
                why = "月度项目每户每月只算一次，只给 " + most + " 分，每月上限 " + rule.cap() + " 分永远用不上";
            }
        }
        if (why != null) {
            warnings.add(new PlanProblem(rule.file(), rule.line(), null, "规则「" + rule.name() + "」的上限 "
                    + rule.cap() + " 分不会起作用：" + why + "。如果本来想限制别的，请检查上限写在了哪一行"));
        }
    }

    /**
     * A cap that is not a whole number of the rule's points per time (ADR 0245): cap 3 on 2 points each, where the
     * clerk meant 「最多 3 次」. The cap counts points, so the second time counts 1 point and the tests, which check the
     * points a rule asks before any cap, cannot show it.
     */
    private void capNotWholeTimes(RuleDescr descr, RuleInfo rule, RuleSource source) {
        String consequence = String.valueOf(descr.getConsequence());
        List<WrittenAwards.Call> calls = WrittenAwards.of(consequence).calls();
        if (rule.cap() == null || rule.capWindow() == CapWindow.EVER || calls.size() != 1
                || calls.get(0).points() == null) {
            return;
        }
        long points = calls.get(0).points();
        // A deduction capped at a total is 「扣完为止」: its last deduction is meant to be partial (ADR 0252).
        if (points <= 1) {
            return;
        }
        String period = rule.capWindow().said();
        String cell = source.cells() == null ? null : source.cells().cellUnderCode(rule.line(), "cap($param)");
        String asTimes = "如果想说「" + period + "最多 " + rule.cap() + " 次」，上限请写 " + rule.cap() + "×" + points + "="
                + rule.cap() * points + " 分";
        if (rule.cap() == points) {
            // 「每月最多 2 次」 written as the cap on a +2 rule (tryout clerk 5, m11): one time a month counts.
            warnings.add(new PlanProblem(rule.file(), rule.line(), cell, "规则「" + rule.name() + "」每次加 " + points
                    + " 分，" + period + "上限也是 " + rule.cap() + " 分，所以" + period + "只计 1 次：上限按分数算，不按次数。"
                    + asTimes + "；如果" + period + "只计 1 次是有意的，可以不管"));
        } else if (rule.cap() % points != 0) {
            long whole = rule.cap() / points;
            warnings.add(new PlanProblem(rule.file(), rule.line(), cell, "规则「" + rule.name() + "」每次加 " + points
                    + " 分，" + period + "上限却是 " + rule.cap() + " 分，不是 " + points + " 的整数倍：上限按分数算，"
                    + "不按次数，" + (whole == 0 ? "第 1 次只加 " + rule.cap() + " 分"
                            : "第 " + (whole + 1) + " 次只加 " + (rule.cap() - whole * points) + " 分")
                    + "，之后不再加分。" + asTimes));
        }
    }

    /**
     * A rule that scores an event type into a category other than the one the village's catalog gives that type
     * (ADR 0245): 志愿服务's points written in the 人居环境 column. A warning, since one event may mean to add to two
     * categories; the notice and the township's charts show what the rule says.
     */
    private void categoryOtherThanCatalogs(RuleDescr descr, RuleInfo rule, RuleSource source,
            List<Expression> expressions, EventCatalog catalog) {
        EventCatalog.EventType type = theListedTypeScored(expressions, catalog);
        if (type == null) {
            return;
        }
        Matcher category = AWARD_CATEGORY.matcher(String.valueOf(descr.getConsequence()));
        Set<String> said = new LinkedHashSet<>();
        while (category.find()) {
            String scored = category.group(1).strip();
            if (!scored.equals(type.category().strip()) && said.add(scored)) {
                String cell = source.cells() == null ? null
                        : source.cells().cellUnderCode(rule.line(), "\"" + scored + "\");");
                cell = cell == null ? source.cellOf(rule.line(), scored) : cell;
                warnings.add(new PlanProblem(rule.file(), rule.line(), cell, "规则「"
                        + rule.name() + "」把「" + type.type() + "」的分计入「" + scored + "」，可事件类型清单 catalog.csv 里「"
                        + type.type() + "」属于「" + type.category() + "」：公示和镇里的统计都会按「" + scored + "」算。"
                        + "如果分值填错了列，请挪到「" + type.category() + "」那一列"
                        + (source.isSpreadsheet() ? "" : "（或把计入的类别改成「" + type.category() + "」）")
                        + "；如果是有意的，可以不管"));
            }
        }
    }

    /** The one event type the rule's conditions test, when the catalog lists it; null for none, several or unlisted. */
    private static EventCatalog.@Nullable EventType theListedTypeScored(List<Expression> expressions,
            EventCatalog catalog) {
        Set<String> types = new LinkedHashSet<>();
        expressions.forEach(expression -> types.addAll(TypeTests.accepted(expression.text())));
        return types.size() == 1 && catalog.lists(types.iterator().next())
                ? catalog.types().get(types.iterator().next()) : null;
    }

    /** The one event type the rule's conditions require (not below a {@code not}), or null for none or several. */
    private static @Nullable String theTypeTested(List<Expression> expressions) {
        Set<String> types = new LinkedHashSet<>();
        expressions.stream().filter(expression -> !expression.negated())
                .forEach(expression -> types.addAll(TypeTests.accepted(expression.text())));
        return types.size() == 1 ? types.iterator().next() : null;
    }

    /**
     * A rule whose only event or month pattern is under {@code not} or {@code forall} (attack tryout 18, F13, F15): it
     * fires in the run where that fact is absent, so {@code not Event( type != "X" )} pays every household at every
     * month-end, and {@code not MonthSummary( deductions > 0 )}, read as a month-end item, pays on every event. Refused:
     * a rule says when it scores with an event or a month pattern that is not negated.
     */
    private void triggeredOnlyByWhatIsAbsent(RuleDescr descr, RuleInfo rule, @Nullable List<Branch> ways) {
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        // each way the conditions can hold (branches) is a rule of its own (attack 18b, N13:
        // 「Event( type == "X" ) or not Event()」, at any depth of and/or)
        if (ways == null) {
            triggers(descr.getLhs(), false, present, absent);
        } else {
            ways.stream().filter(way -> !way.present().contains("Event") && !way.present().contains("MonthSummary")
                    && !way.absent().isEmpty()).findFirst().ifPresentOrElse(way -> absent.addAll(way.absent()),
                            () -> present.add("Event"));
        }
        if (!present.contains("Event") && !present.contains("MonthSummary") && !absent.isEmpty()) {
            // 「not Household( … )」 alone scores on every event and at every month-end alike
            String what = absent.contains("Event") ? "事件（Event）" : absent.contains("MonthSummary") ? "月度汇总（MonthSummary）"
                    : "家庭户（Household）";
            String when = absent.contains("Event") ? "每户每个月底评定时（那时没有单件事件）"
                    : absent.contains("MonthSummary") ? "登记每一件事时（那时没有月度汇总）" : "登记每一件事和每个月底评定时";
            refusals.add(new PlanProblem(rule.file(), rule.line(), null, "规则「" + rule.name() + "」的条件里，"
                    + what + "只出现在 not（或 forall）里面：这样的规则在" + when
                    + "都会计分，和它看起来的意思不一样。请写明它什么时候计分：登记一件事时计分，条件里写 $e : Event( type == \"…\" )；"
                    + "月底评定时计分，写 MonthSummary( … )，例如当月无扣分写 MonthSummary( deductions == 0 )"));
        }
    }

    /** One way a rule's conditions can hold: the object types it needs present, and those it needs absent. */
    private record Branch(List<String> present, List<String> absent, boolean typed) {

        Branch and(Branch other) {
            List<String> both = new ArrayList<>(present);
            both.addAll(other.present);
            List<String> neither = new ArrayList<>(absent);
            neither.addAll(other.absent);
            return new Branch(both, neither, typed || other.typed);
        }

        /** Whether the branch scores an event whatever its type: an event pattern, none of them testing the type. */
        boolean anyType() {
            return !typed && present.stream().anyMatch(type -> type.equals("Event") || type.endsWith(".Event"));
        }
    }

    /** More ways than a rule's conditions are taken apart into; past it, they are judged as a whole. */
    private static final int MOST_BRANCHES = 64;

    /**
     * The ways the conditions can hold: an {@code or}'s branches apart, an {@code and}'s parts together; anything else
     * (a pattern, {@code not}, {@code exists}, {@code forall}) is one part. Null past {@link #MOST_BRANCHES}.
     */
    private static @Nullable List<Branch> branches(@Nullable BaseDescr descr) {
        if (descr instanceof org.drools.drl.ast.descr.OrDescr or) {
            List<Branch> all = new ArrayList<>();
            for (BaseDescr child : or.getDescrs()) {
                List<Branch> ways = branches(child);
                if (ways == null || all.size() + ways.size() > MOST_BRANCHES) {
                    return null;
                }
                all.addAll(ways);
            }
            return all;
        }
        if (descr instanceof org.drools.drl.ast.descr.AndDescr and) {
            List<Branch> product = List.of(new Branch(List.of(), List.of(), false));
            for (BaseDescr child : and.getDescrs()) {
                List<Branch> ways = branches(child);
                if (ways == null || (long) product.size() * ways.size() > MOST_BRANCHES) {
                    return null;
                }
                List<Branch> next = new ArrayList<>();
                product.forEach(before -> ways.forEach(way -> next.add(before.and(way))));
                product = next;
            }
            return product;
        }
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        triggers(descr, false, present, absent);
        return List.of(new Branch(present, absent, typesTheEvent(descr)));
    }

    /** Whether an event pattern, not under {@code not}, tests the event's type. */
    private static boolean typesTheEvent(@Nullable BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
            return (pattern.getObjectType().equals("Event") || pattern.getObjectType().endsWith(".Event"))
                    && pattern.getDescrs().stream().anyMatch(constraint -> constraint instanceof ExprConstraintDescr
                            expression && !TypeTests.accepted(expression.getExpression()).isEmpty());
        }
        return descr instanceof ConditionalElementDescr element && !(descr instanceof NotDescr)
                && !(descr instanceof org.drools.drl.ast.descr.ForallDescr)
                && element.getDescrs().stream().anyMatch(PlanFindings::typesTheEvent);
    }

    /** The object types of the patterns, apart by whether a {@code not} or {@code forall} is above them. */
    private static void triggers(@Nullable BaseDescr descr, boolean negated, List<String> present, List<String> absent) {
        if (descr instanceof PatternDescr pattern) {
            (negated ? absent : present).add(pattern.getObjectType());
        } else if (descr instanceof ConditionalElementDescr element) {
            boolean below = negated || descr instanceof NotDescr || descr instanceof org.drools.drl.ast.descr.ForallDescr;
            element.getDescrs().forEach(child -> triggers(child, below, present, absent));
        }
    }

    /** Whether the conditions see only the month's summary (and the household), never an event. */
    private static boolean monthEndOnly(@Nullable BaseDescr descr) {
        List<String> types = new ArrayList<>();
        objectTypes(descr, types);
        return types.contains("MonthSummary") && !types.contains("Event");
    }

    private static void objectTypes(@Nullable BaseDescr descr, List<String> types) {
        if (descr instanceof PatternDescr pattern) {
            types.add(pattern.getObjectType());
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> objectTypes(child, types));
        }
    }

    /**
     * An attribute the rule reads that the catalog does not list for the rule's event type (ADR 0123): staff are
     * never asked for it, so the condition on it never holds (or 「intAttr」 reads 0).
     */
    private void attributesNobodyRecords(List<Expression> expressions, RuleSource source, RuleInfo rule,
            EventCatalog catalog) {
        EventCatalog.EventType type = theListedTypeScored(expressions, catalog);
        if (type == null) {
            return;
        }
        Set<String> said = new LinkedHashSet<>();
        for (Expression expression : expressions) {
            Matcher attribute = ATTRIBUTE.matcher(expression.text());
            while (attribute.find()) {
                String name = attribute.group(1);
                // one that imitates a listed attribute is refused at upload (LookAlikeNames), not warned of
                if (!type.attributes().contains(name) && said.add(name)
                        && type.attributes().stream().noneMatch(listed -> LookAlikes.imitates(name, listed))) {
                    warnings.add(new PlanProblem(rule.file(), rule.line(), source.conditionCellOf(rule.line(), name),
                            "规则「" + rule.name() + "」按属性「" + name + "」判断，可 catalog.csv 里「" + type.type()
                                    + "」这一类型没有这个属性" + listed(type)
                                    + "，登记时不会填它，这个条件永远不成立：请把属性名改成清单里的写法，或在 catalog.csv 里加上它"
                                    + where(rule, source, name)));
                }
            }
        }
        String by = rule.capBy();
        if (by != null && !type.attributes().contains(by)) {
            warnings.add(new PlanProblem(rule.file(), rule.line(), source.conditionCellOf(rule.line(), by),
                    "规则「" + rule.name() + "」按属性「" + by + "」分开计上限，可 catalog.csv 里「" + type.type()
                            + "」这一类型没有这个属性" + listed(type)
                            + "，登记时不会填它，每户所有的登记就合在一起只算一份上限：请在 catalog.csv 里加上它，"
                            + "或把属性名改成清单里的写法" + where(rule, source, by)));
        }
    }

    /** The attributes the catalog lists for a type, as a clerk reads them after 「没有这个属性」. */
    private static String listed(EventCatalog.EventType type) {
        return type.attributes().isEmpty() ? "（它没有登记任何属性）"
                : "（它的属性是：" + String.join("、", type.attributes()) + "）";
    }

    /** The rule's conditions as a key: each pattern's type and constraints, in order, inside its and/or/not. */
    private static String conditionKey(@Nullable BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
            StringBuilder key = new StringBuilder(pattern.getObjectType()).append('(');
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expression) {
                    key.append(expression.getExpression().replaceAll("\\s+", "")).append(';');
                } else {
                    return "";
                }
            }
            return pattern.getSource() == null ? key.append(')').toString() : "";
        }
        if (descr instanceof ConditionalElementDescr element) {
            StringBuilder key = new StringBuilder(descr.getClass().getSimpleName()).append('[');
            for (BaseDescr child : element.getDescrs()) {
                String inner = conditionKey(child);
                if (inner.isEmpty()) {
                    return "";
                }
                key.append(inner).append(',');
            }
            return key.append(']').toString();
        }
        return "";
    }

    /** Whether some rule may score events whose types it does not say in a way the checks read (attack 19b, G7). */
    private boolean typesUnread;

    /**
     * A rule that may score an event of a type it does not write as {@code type == "…"}: one comparing the type in
     * another way ({@code contains}, {@code not in}, a binding), or one of the household alone.
     */
    private static boolean typeUnread(RuleDescr descr, List<Expression> expressions) {
        String all = String.join(" ", expressions.stream().filter(expression -> !expression.negated())
                .map(Expression::text).toList());
        List<String> types = new ArrayList<>();
        objectTypes(descr.getLhs(), types);
        return TypeTests.accepted(all).isEmpty() && (all.matches("(?s).*\\b(type|getType)\\b.*")
                || !types.contains("Event") && !types.contains("MonthSummary"));
    }

    private void unusedCatalogTypes(EventCatalog catalog, PlanFile catalogFile, Set<String> used) {
        for (String type : catalog.types().keySet()) {
            if (!used.contains(type)) {
                warnings.add(new PlanProblem(catalogFile.name(), EventCatalog.lineOf(catalogFile, 0, type), null,
                        typesUnread ? "事件类型清单里的「" + type + "」没有哪条规则写明按它计分；有的规则的事件类型条件不是写成 "
                                + "type == \"…\"（或只看家庭户），它们也可能给这件事计分：请用测试核对登记这件事时的分数"
                        : "事件类型清单里的「" + type + "」没有哪条规则按它加分或扣分：登记这件事只计入当月事件数。如果它应当计分，请加一条规则"));
            }
        }
    }

    /**
     * A condition that names an event type in one branch of a top-level {@code ||} and not in another (attack tryout
     * 20, H3: {@code type == "违法搭建" || month in ("2026-12")} vetoed every December event as 违法搭建, a month the
     * trial run never tries): the other branch lets any type score. A branch that continues the type test
     * ({@code || == "…"}, {@code || in (…)}) is the type's.
     */
    static boolean leakyTypeTest(String expression) {
        List<String> branches = new ArrayList<>();
        int depth = 0;
        int from = 0;
        boolean quoted = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"' && (i == 0 || expression.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == '|' && i + 1 < expression.length() && expression.charAt(i + 1) == '|') {
                branches.add(expression.substring(from, i));
                from = i + 2;
                i++;
            }
        }
        branches.add(expression.substring(from));
        if (branches.size() < 2) {
            return false;
        }
        boolean typed = false;
        boolean untyped = false;
        for (String branch : branches) {
            boolean continues = branch.strip().matches("(?s)(==|!=|in\\b|not\\s+in\\b).*");
            if (continues || !TypeTests.accepted(branch).isEmpty()) {
                typed = true;
            } else {
                untyped = true;
            }
        }
        return typed && untyped;
    }

    /** A rule in an activation group, with its salience. */
    private record Grouped(RuleInfo rule, int salience) {
    }

    /**
     * Two rules of one activation group with the same conditions (attack tryout 19, F16): only one of them ever
     * scores, the other never, while the plan and the record page show both. Refused naming which one never scores.
     */
    private void shadowedInItsGroup(RuleDescr descr, RuleInfo rule, String conditions, Map<String, Grouped> grouped) {
        String group = value(descr.getAttributes().get("activation-group"));
        if (group == null || conditions.isEmpty()) {
            return;
        }
        String salience = value(descr.getAttributes().get("salience"));
        Grouped self = new Grouped(rule, salience == null || !salience.matches("-?\\d{1,9}") ? 0 : Integer.parseInt(salience));
        Grouped other = grouped.putIfAbsent(group + "\u0000" + conditions, self);
        if (other == null) {
            return;
        }
        String where = "规则「" + rule.name() + "」和" + where(other.rule()) + "的「" + other.rule().name() + "」在同一个 "
                + "activation-group「" + group + "」里，条件又完全一样：";
        refusals.add(new PlanProblem(rule.file(), rule.line(), null, where + (self.salience() == other.salience()
                ? "每次只有其中一条计分，是哪一条说不准"
                : "每次都只有 salience 大的「" + (self.salience() > other.salience() ? rule : other.rule()).name()
                        + "」计分，「" + (self.salience() > other.salience() ? other.rule() : rule).name() + "」永远不会计分")
                + "，方案和登记页上却两条都有。请删掉不计分的那一条，或者去掉 activation-group"));
    }

    /** A month's record of any event at least: {@code events >= 1}, {@code events > 0}, {@code 0 < getEvents()}. */
    private static final Pattern ANY_RECORD = Pattern.compile("(?:\\bevents\\b|\\bgetEvents\\(\\s*\\))\\s*(?:>=|>|!=)\\s*\\d"
            + "|\\d\\s*(?:<=|<|!=)\\s*(?:\\$\\w+\\s*\\.\\s*)?(?:events\\b|getEvents\\(\\s*\\))");
    private static final Pattern DEDUCTIONS = Pattern.compile("\\bdeductions\\b|\\bgetDeductions\\(");

    /**
     * A month-end deduction or veto for having any record at all (attack tryout 19b, G4: 「月度核查」 on {@code events >= 1}
     * vetoed every household staff had recorded anything for, a good deed as much as a bad one): {@code events} counts
     * every type, so such a rule must also say which type or which deductions it is for.
     */
    private void punishesAnyRecord(RuleDescr descr, RuleInfo rule, List<Expression> expressions) {
        WrittenAwards awards = WrittenAwards.of(String.valueOf(descr.getConsequence()));
        if (awards.calls().stream().noneMatch(call -> call.veto() || call.points() != null && call.points() < 0)) {
            return;
        }
        List<String> present = expressions.stream().filter(expression -> !expression.negated()).map(Expression::text)
                .toList();
        for (String expression : present) {
            boolean anyRecord = java.util.Arrays.stream(expression.split("\\|\\|"))
                    .anyMatch(part -> ANY_RECORD.matcher(part).find() && TypeTests.counted(part).isEmpty()
                            && !DEDUCTIONS.matcher(part).find());
            boolean restricted = present.stream().filter(other -> other != expression)
                    .anyMatch(other -> !TypeTests.counted(other).isEmpty() || DEDUCTIONS.matcher(other).find());
            if (anyRecord && !restricted) {
                refusals.add(new PlanProblem(rule.file(), rule.line(), null, "规则「" + rule.name() + "」在月底评定时，"
                        + "只要一户这个月登记过事就" + (awards.calls().stream().anyMatch(WrittenAwards.Call::veto)
                                ? "一票否决" : "扣分") + "：events 是这个月登记的所有事，好人好事也算在里面，做了好事的户也会被"
                        + "罚。请写明按哪一种事，例如 count(\"违法搭建\") >= 1，或按扣分，例如 deductions >= 20"));
                return;
            }
        }
    }

    /** A constraint's text, and whether it sits below a {@code not} (an odd number of them). */
    private record Expression(String text, boolean negated) {
    }

    /** The expressions of every pattern of the conditions, at any depth (and, or, not, exists). */
    private static void collect(@Nullable BaseDescr descr, boolean negated, List<Expression> expressions) {
        if (descr instanceof PatternDescr pattern) {
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expression) {
                    expressions.add(new Expression(expression.getExpression(), negated));
                }
            }
            if (pattern.getSource() != null) {
                collect(pattern.getSource(), negated, expressions);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            boolean below = negated ^ descr instanceof NotDescr;
            for (BaseDescr child : element.getDescrs()) {
                collect(child, below, expressions);
            }
        }
    }

    /** The rule's text below its name (conditions and consequence), spaces and comments aside; null when unknown. */
    /**
     * A rule that can never score, said at upload (attack tryout 9, F4: three of seven rules silenced by attributes
     * were accepted without a word). {@code agenda-group} and {@code ruleflow-group} without {@code auto-focus} never
     * fire in a plan, which has no agenda of its own: refused. {@code enabled false} pauses a rule (rules-guide 3.6):
     * warned. {@code date-effective} and {@code date-expires} go by the event's day (ADR 0250) and are only said in
     * the rule's words.
     */
    private void switchedOffOrDated(RuleDescr descr, RuleInfo rule) {
        Map<String, org.drools.drl.ast.descr.AttributeDescr> attributes = descr.getAttributes();
        String autoFocus = value(attributes.get("auto-focus"));
        for (String group : List.of("agenda-group", "ruleflow-group")) {
            String neverScores = attributes.containsKey(group)
                    ? RuleAttributes.said(group, Objects.requireNonNull(value(attributes.get(group))), autoFocus) : null;
            if (neverScores != null) {
                refusals.add(new PlanProblem(rule.file(), rule.line(), null, "规则「" + rule.name() + "」" + neverScores
                        + "。请删去 " + group + " 这一行"));
            }
        }
        if ("false".equals(value(attributes.get("enabled")))) {
            warnings.add(new PlanProblem(rule.file(), rule.line(), null, "规则「" + rule.name() + "」写了 enabled false："
                    + RuleAttributes.said("enabled", "false", autoFocus) + "。如果不是有意的，请删去这一行"));
        }
    }

    private static @Nullable String value(org.drools.drl.ast.descr.@Nullable AttributeDescr attribute) {
        return attribute == null ? null : attribute.getValue() == null ? "" : attribute.getValue().strip();
    }

    private static @Nullable String body(RuleSource source, RuleDescr descr) {
        String[] lines = source.drl().split("\r?\n", -1);
        if (descr.getLine() <= 0 || descr.getEndLine() < descr.getLine() || descr.getEndLine() > lines.length) {
            return null;
        }
        StringBuilder body = new StringBuilder();
        for (int i = descr.getLine(); i < descr.getEndLine(); i++) {
            String line = lines[i].replaceAll("//.*$", "").replaceAll("\\s+", "");
            if (!line.startsWith("@")) {
                body.append(line);
            }
        }
        return body.toString();
    }

    /**
     * More rules with one set of conditions than awards one event may get (tryout 3, M3): every event they match
     * would fail at run time, so the plan is refused at the first rule past the limit.
     */
    private void tooManyAlike(RuleInfo rule, int alike, RuleInfo first) {
        if (alike == CompiledPlan.MAX_AWARDS_PER_RUN + 1) {
            refusals.add(new PlanProblem(rule.file(), rule.line(), null, "规则「" + rule.name() + "」是第 " + alike
                    + " 条条件完全一样的规则（第一条是" + where(first) + "的「" + first.name() + "」）：同一件事会同时符合这 "
                    + alike + " 条规则，而一件事最多计 " + CompiledPlan.MAX_AWARDS_PER_RUN + " 笔分，登记这样的事都会出错。"
                    + "请删掉重复的规则，或把分值合到一条里"));
        }
    }

    /**
     * What a rule matches without any condition (ADR 0164): every event of one type ({@code Event( type == "…" )}),
     * every event ({@code Event()}, key ""), every month-end ({@code MonthSummary()}, key {@link #MONTH_END}), with
     * at most an unconditioned {@code Household()} beside it; null for a rule with any other condition.
     */
    private static @Nullable String alwaysFor(@Nullable BaseDescr lhs) {
        if (!(lhs instanceof org.drools.drl.ast.descr.AndDescr and) || and.getDescrs().isEmpty()) {
            return null;
        }
        String key = null;
        for (BaseDescr child : and.getDescrs()) {
            if (!(child instanceof PatternDescr pattern) || pattern.getSource() != null) {
                return null;
            }
            List<? extends BaseDescr> constraints = pattern.getDescrs();
            String type = pattern.getObjectType();
            if (type.equals("Household") && constraints.isEmpty()) {
                continue;
            }
            if (key != null) {
                return null;
            }
            if (type.equals("MonthSummary") && constraints.isEmpty()) {
                key = MONTH_END;
            } else if (type.equals("Event") && constraints.isEmpty()) {
                key = "";
            } else if (type.equals("Event") && constraints.size() == 1
                    && constraints.get(0) instanceof ExprConstraintDescr expression) {
                Matcher only = ONLY_TYPE.matcher(expression.getExpression());
                if (!only.matches()) {
                    return null;
                }
                key = only.group(1);
            } else {
                return null;
            }
        }
        return key;
    }

    /**
     * More rules that always match one event type (or every month-end) than awards one run may give: every such
     * event or month-end would fail at run time, so the plan is refused at the first rule past the limit.
     */
    private void tooManyAlways(Map<String, List<RuleInfo>> alwaysMatching) {
        List<RuleInfo> anyEvent = alwaysMatching.getOrDefault("", List.of());
        Set<RuleInfo> said = new java.util.HashSet<>();
        for (Map.Entry<String, List<RuleInfo>> matching : alwaysMatching.entrySet()) {
            List<RuleInfo> rules = new ArrayList<>(matching.getValue());
            boolean monthEnd = matching.getKey().equals(MONTH_END);
            if (!monthEnd && !matching.getKey().isEmpty()) {
                rules.addAll(anyEvent);
                rules.sort(java.util.Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::line));
            }
            if (rules.size() <= CompiledPlan.MAX_AWARDS_PER_RUN) {
                continue;
            }
            RuleInfo past = rules.get(CompiledPlan.MAX_AWARDS_PER_RUN);
            boolean alreadyRefused = refusals.stream().anyMatch(problem -> problem.file().equals(past.file())
                    && problem.line() == past.line());
            if (!alreadyRefused && said.add(past)) {
                String what = monthEnd ? "每户每个月的月末评定" : matching.getKey().isEmpty() ? "登记的每一件事"
                        : "每一件「" + matching.getKey() + "」";
                refusals.add(new PlanProblem(past.file(), past.line(), null, "规则「" + past.name() + "」是第 "
                        + (CompiledPlan.MAX_AWARDS_PER_RUN + 1) + " 条没有别的条件、" + what + "都符合的规则（第一条是"
                        + where(rules.get(0)) + "的「" + rules.get(0).name() + "」）：" + what + "都会同时计 "
                        + rules.size() + " 笔分，超过一次最多 " + CompiledPlan.MAX_AWARDS_PER_RUN + " 笔的上限，启用后都会出错。"
                        + "请把这些规则的分值合到少数几条里，或给它们加上各自的条件"));
            }
        }
    }

    private static String where(RuleInfo rule) {
        return rule.file() + " 第 " + rule.line() + " 行";
    }

    private static String where(RuleInfo rule, RuleSource source, String text) {
        String cell = source.conditionCellOf(rule.line(), text);
        return cell == null ? "" : "（表格第 " + rule.line() + " 行，单元格 " + cell + "）";
    }

    /** The catalog's type closest to what was written, when it is close (a typo, not another type). */
    static @Nullable String nearest(String written, Set<String> types) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String type : types) {
            int distance = distance(written, type);
            if (distance < bestDistance) {
                best = type;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(1, written.length() / 3) ? best : null;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
