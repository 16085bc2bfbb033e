package org.jifen.engine;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.RuleDescr;
import org.jifen.engine.ScoringWords.Sense;
import org.jspecify.annotations.Nullable;

/**
 * Names that say another effect than their rules have (attack tryout 16, R1; attack tryout 17, K1b; ADR 0256): a rule
 * named 「好人好事加分」 that deducts 50 reads 「好人好事加分 -50」 on the notice board; a catalog 名称 「违法搭建加分」 on a
 * type whose rule vetoes has staff press 加分 to veto a household's month. The words are read as {@link ScoringWords}
 * reads a sentence; only a name that says one effect (adds, deducts or vetoes) that none of its rules has is refused.
 * A name saying several (「扣分后整改加分」) or none is left alone, and so are points that are not a written number.
 */
final class NamesAgainstEffects {

    private final List<PlanProblem> refusals;
    /** Per event type, what the rules scoring it do; a type with a rule whose points are not written is left out. */
    private final Map<String, Set<Sense>> ofType = new LinkedHashMap<>();
    private final Set<String> unknown = new HashSet<>();
    /** Per event type, the points its rules give each time (signed) and their caps: what a 名称's numbers may say. */
    private final Map<String, Set<Long>> amountsOfType = new LinkedHashMap<>();
    /** The rules that require one event type, to hold their names against the plan's other types. */
    private final List<Named> named = new java.util.ArrayList<>();

    private record Named(RuleInfo rule, RuleSource source, String type) {
    }

    /** A value an attribute must have for a rule, and the values the plan compares each attribute with. */
    private record Required(RuleInfo rule, RuleSource source, String attribute, String value) {
    }

    private final List<Required> required = new java.util.ArrayList<>();

    /** What a rule's conditions accept (not under {@code not}): its events' types, and the types its month counts. */
    private record Scoring(RuleInfo rule, RuleSource source, Set<String> types, Set<String> counted,
            List<String> conditions) {
    }

    private final List<Scoring> scoring = new java.util.ArrayList<>();
    private final Map<String, Set<String>> valuesOf = new LinkedHashMap<>();
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile(
            "\\battr\\(\\s*\"([^\"]+)\"\\s*\\)\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern FLAG = Pattern.compile("(!\\s*)?\\bflag\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern NOT_BEFORE = Pattern.compile("(未|不|没|无|非)$");
    /** Words after a value that make it a range or one of several: 以上, 以下, 及以上, 或, 、. */
    private static final Pattern RANGE_AFTER = Pattern.compile("\\s*(及?以上|及?以下|或|、|和|及|至|到|以外)");

    /**
     * A tick the name says otherwise (attack tryout 18, F17): 「举报安全隐患经查属实」 on {@code !flag("查实")}, or 「未查实」
     * on {@code flag("查实")}; null when the name does not name the tick.
     */
    private static @Nullable String flagSaidOtherwise(String name, String flag, boolean notTicked) {
        int at = loosely(name, flag);
        if (at < 0) {
            return null;
        }
        boolean saysNot = NOT_BEFORE.matcher(name.substring(0, at)).find();
        if (notTicked && !saysNot) {
            return "说的是「" + flag + "」，这条规则却只在没有勾选「" + flag + "」时计分";
        }
        if (!notTicked && saysNot) {
            return "说的是没有「" + flag + "」，这条规则却只在勾选了「" + flag + "」时计分";
        }
        return null;
    }

    /** A number of points in a name: 「加3分」「扣 5 分」「（每次30分）」「+20」. */
    private static final Pattern NAMED_POINTS = Pattern.compile(
            "(加|奖励?|得|扣|减|罚|[+\\-−])?\\s*(\\d{1,6})\\s*分|([+\\-−])\\s*(\\d{1,6})(?!\\d)");
    /** Words saying the item scores nothing. */
    private static final List<String> NO_POINTS = List.of("不计分", "不得分", "不记分", "仅登记", "只登记", "零分", "不加分",
            "只记录", "仅记录", "无分", "不给分", "不算分");
    /**
     * Words saying the points are a bonus, outside the 100 (attack 18b, N3: 「额外奖励，不计入基础分」); not 另加 or 额外
     * alone, which clerks write of base points too (「开会另加，文明分」).
     */
    private static final List<String> BONUS_WORDS = List.of("附加分", "不计入基础分", "不占");
    /** Chinese numerals a clerk writes in a name: 「加三分」. */
    private static final String NUMERALS = "零一二两三四五六七八九十";
    /** Words saying nothing is deducted: 「垃圾分类不扣分」 on a deduction. */
    private static final List<String> NO_DEDUCTION = List.of("不扣分", "免扣", "不扣");

    NamesAgainstEffects(List<PlanProblem> refusals) {
        this.refusals = refusals;
    }

    /** One rule: its name against what it does, and what it does kept for the event type it scores (or null). */
    void rule(RuleDescr descr, RuleInfo rule, RuleSource source, @Nullable String type, List<String> conditions) {
        Set<String> accepted = new java.util.LinkedHashSet<>();
        Set<String> counted = new java.util.LinkedHashSet<>();
        for (String condition : conditions) {
            accepted.addAll(TypeTests.accepted(condition));
            counted.addAll(TypeTests.counted(condition));
        }
        scoring.add(new Scoring(rule, source, accepted, counted, conditions));
        for (String condition : conditions) {
            Matcher value = ATTRIBUTE_VALUE.matcher(condition);
            while (value.find()) {
                valuesOf.computeIfAbsent(value.group(1), a -> new java.util.LinkedHashSet<>()).add(value.group(2));
                required.add(new Required(rule, source, value.group(1), value.group(2)));
            }
            Matcher flag = FLAG.matcher(condition);
            while (flag.find()) {
                String said = flagSaidOtherwise(rule.name(), flag.group(2), flag.group(1) != null);
                if (said != null) {
                    refusals.add(new PlanProblem(rule.file(), rule.line(), source.cellOf(rule.line(), rule.name()), "规则「"
                            + rule.name() + "」的名称" + said + "：公示上会写着「" + rule.name() + "」，实际的事却正相反。"
                            + "请把名称改成和条件一致的话，或者改正条件"));
                }
            }
        }
        String consequence = String.valueOf(descr.getConsequence());
        WrittenAwards awards = WrittenAwards.of(consequence);
        Set<Sense> done = effects(awards);
        if (type != null) {
            if (done == null) {
                unknown.add(type);
            } else {
                ofType.computeIfAbsent(type, t -> EnumSet.noneOf(Sense.class)).addAll(done);
            }
        }
        Set<Long> amounts = amounts(awards, rule);
        if (type != null && amounts != null) {
            amountsOfType.computeIfAbsent(type, t -> new HashSet<>()).addAll(amounts);
            named.add(new Named(rule, source, type));
        }
        String otherwise = done == null || amounts == null ? null : otherwise(rule.name(), done, amounts, consequence);
        if (otherwise != null) {
            refusals.add(new PlanProblem(rule.file(), rule.line(), source.cellOf(rule.line(), rule.name()), "规则「"
                    + rule.name() + "」的名称" + otherwise + "：公示上名称和分数放在一起，村民会看不明白。"
                    + "请把名称改成和分值一致的话，或者改正分值"));
            return;
        }
        Sense said = done == null ? null : against(rule.name(), done);
        if (said != null) {
            refusals.add(new PlanProblem(rule.file(), rule.line(), source.cellOf(rule.line(), rule.name()), "规则「"
                    + rule.name() + "」的名称说的是" + word(said) + "，这条规则却" + did(done) + "：公示上名称和分数放在一起，"
                    + "村民会看不懂是加分还是扣分。请把名称改成和分值一致的话，或者改正分值"));
        }
    }

    /** The catalog's 名称 (the button staff press, the type itself when none) against what the type's rules do. */
    void catalog(EventCatalog catalog, PlanFile file) {
        for (EventCatalog.EventType type : catalog.types().values()) {
            Set<Sense> done = ofType.get(type.type());
            Set<Long> amounts = amountsOfType.getOrDefault(type.type(), Set.of());
            String otherwise = done == null || unknown.contains(type.type()) ? null
                    : otherwise(type.label(), done, amounts, "");
            if (otherwise != null) {
                refusals.add(new PlanProblem(file.name(), EventCatalog.lineOf(file, 0, type.type()), null, "事件类型「"
                        + type.type() + "」的名称「" + type.label() + "」" + otherwise.replace("这条规则", "计这件事的规则")
                        + "：记分员看名称会以为是另一回事。请把名称改成只说这件事本身的话"
                        + (saysNoEffect(type.type()) ? "（例如「" + type.type() + "」）" : "")));
                continue;
            }
            Sense said = done == null || unknown.contains(type.type()) ? null : against(type.label(), done);
            if (said != null) {
                String named = type.label().equals(type.type()) ? "事件类型「" + type.type() + "」"
                        : "事件类型「" + type.type() + "」的名称「" + type.label() + "」";
                refusals.add(new PlanProblem(file.name(), EventCatalog.lineOf(file, 0, type.type()), null, named
                        + "说的是" + word(said) + "，可方案里计这件事的规则" + did(done) + "：记分员和村民看名称会以为这件事"
                        + word(said) + "。加分、扣分、一票否决由规则决定，请把名称改成只说这件事本身的话"
                        + (saysNoEffect(type.type()) ? "（例如「" + type.type() + "」）" : "")));
            }
        }
    }

    /**
     * Rules whose name is another event type of the plan than the one they score (attack tryout 18, F1: a rule named
     * 「违法搭建」 vetoing 参加村民大会 showed a meeting as illegal building on the notice board).
     */
    void types(@org.jspecify.annotations.Nullable EventCatalog catalog) {
        // attack tryout 18, F17: 「庭院环境检查为优」 on attr("结果") == "差", the plan comparing 结果 with 优 elsewhere
        for (Required rule : required) {
            String name = rule.rule().name();
            if (name.contains(rule.value())) {
                continue;
            }
            // 「获得市级以上表彰」 on 国家级 names a range, not a value (the pilot plans)
            valuesOf.getOrDefault(rule.attribute(), Set.of()).stream().filter(other -> !other.equals(rule.value())
                    && name.contains(other) && !rule.value().contains(other) && !RANGE_AFTER.matcher(
                            name.substring(name.indexOf(other) + other.length())).lookingAt()).findFirst().ifPresent(other ->
                    refusals.add(new PlanProblem(rule.rule().file(), rule.rule().line(), rule.source().cellOf(
                            rule.rule().line(), name), "规则「" + name + "」的名称说的是" + rule.attribute() + "「" + other
                            + "」，这条规则却只在" + rule.attribute() + "是「" + rule.value() + "」时计分：公示上会写着「" + name
                            + "」，实际登记的却是「" + rule.value() + "」。请把名称改成和条件一致的话，或者改正条件")));
        }
        Set<String> types = new HashSet<>(ofType.keySet());
        types.addAll(unknown);
        if (catalog != null) {
            types.addAll(catalog.types().keySet());
        }
        scoring.forEach(rule -> types.addAll(rule.types()));
        scoring.forEach(rule -> types.addAll(rule.counted()));
        Set<RuleInfo> said = new HashSet<>();
        for (Scoring rule : scoring) {
            String name = rule.rule().name();
            Set<String> names = RuleNames.typesNamed(name, types);
            // attack tryout 19, F1: the second type behind a condition the trial run does not meet; a month-end rule
            // named after an event type that counts another
            Set<String> scored = rule.types().isEmpty() ? rule.counted() : rule.types();
            // a rule of one type named after another is said below, in its own words
            String other = names.isEmpty() || rule.types().size() == 1 ? null : scored.stream().filter(type -> !RuleNames.speaksOf(name, names, type))
                    .findFirst().orElse(null);
            // attack tryout 19, F15: a month rule named 「违法搭建」 that counts no type at all
            // a type written another way (「$t : type, $t == "违法搭建"」, attack tryout 19b, G5) is the trial run's to judge
            if (!names.isEmpty() && scored.isEmpty() && names.stream().noneMatch(type -> rule.conditions().stream()
                    .anyMatch(condition -> condition.contains("\"" + type + "\"")))) {
                said.add(rule.rule());
                refusals.add(new PlanProblem(rule.rule().file(), rule.rule().line(), rule.source().cellOf(
                        rule.rule().line(), name), "规则「" + name + "」的名称说的是「" + String.join("」「", names)
                        + "」，它的条件里却没有这件事：公示上没有登记过「" + String.join("」「", names) + "」的户也会显示成「" + name
                        + "」。请把名称改成说清它什么时候计分的话，或者在条件里写上这件事"));
                continue;
            }
            if (other != null && (!rule.types().isEmpty() || scored.stream().noneMatch(
                    type -> RuleNames.speaksOf(name, Set.of(), type)))) {
                said.add(rule.rule());
                refusals.add(new PlanProblem(rule.rule().file(), rule.rule().line(), rule.source().cellOf(
                        rule.rule().line(), name), "规则「" + name + "」的名称说的是「" + String.join("」「", names)
                        + "」，条件里计分的却" + (rule.types().isEmpty() ? "是当月「" + other + "」的次数" : "还有「" + other + "」")
                        + "：公示上登记了「" + other + "」的户会显示成「" + name + "」。请只用 type == \"事件类型\" "
                        + "限定这条规则的事件类型，或者把名称改成说清它计分的每一种事"));
            }
        }
        for (Named rule : named.stream().filter(rule -> !said.contains(rule.rule())).toList()) {
            RuleNames.namesAnotherType(rule.rule().name(), rule.type(), types)
                    .or(() -> RuleNames.paraphrasesAnotherType(rule.rule().name(), rule.type(), types))
                    .ifPresent(other -> refusals.add(
                    new PlanProblem(rule.rule().file(), rule.rule().line(),
                            rule.source().cellOf(rule.rule().line(), rule.rule().name()), "规则「" + rule.rule().name()
                            + "」的名称说的是另一种事件「" + other + "」，这条规则计分的却是「" + rule.type() + "」：公示上登记了「"
                            + rule.type() + "」的户会显示成「" + rule.rule().name() + "」。请把名称改成说「" + rule.type() + "」的话")));
        }
    }

    /**
     * What a name says against its rule's points (attack tryout 18, F3), or null: a number of points none of its awards
     * gives and its cap is not (「参加村民大会加3分」 paying 30, 「+5分」 on -5, 「记0分」 on -30), no points where it
     * scores (「不计分」), no deduction where it deducts (「不扣分」), 附加分 where its points count in the 100.
     */
    private static @org.jspecify.annotations.Nullable String otherwise(String name, Set<Sense> done, Set<Long> amounts,
            String consequence) {
        String read = arabic(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC))
                .replace("正", "+").replace("负", "-");
        Matcher number = NAMED_POINTS.matcher(read);
        while (number.find()) {
            String sign = number.group(1) != null ? number.group(1) : number.group(3);
            long value = Long.parseLong(number.group(2) != null ? number.group(2) : number.group(4));
            boolean minus = sign != null && "扣减罚-−".contains(sign);
            boolean plus = sign != null && !minus;
            boolean given = amounts.stream().anyMatch(amount -> Math.abs(amount) == value
                    && (!minus || amount <= 0) && (!plus || amount >= 0));
            if (!given) {
                return "写的是" + (minus ? "扣 " : plus ? "加 " : "") + value + " 分，这条规则每次却是"
                        + said(amounts, consequence) + "，上限也不是 " + value + " 分";
            }
        }
        boolean scores = done.contains(Sense.ADDS) || done.contains(Sense.DEDUCTS);
        if (scores && NO_POINTS.stream().anyMatch(read::contains)) {
            return "说不计分，这条规则却" + (done.contains(Sense.DEDUCTS) ? "扣分" : "加分");
        }
        if (done.contains(Sense.DEDUCTS) && NO_DEDUCTION.stream().anyMatch(read::contains)) {
            return "说不扣分，这条规则却扣分";
        }
        boolean bonus = consequence.contains("awards.bonus(");
        boolean base = consequence.contains("awards.add(");
        if (done.equals(java.util.EnumSet.of(Sense.VETOES)) && read.contains("奖")) {
            return "说的是奖，这条规则却是一票否决";
        }
        if (BONUS_WORDS.stream().anyMatch(read::contains) && base && !bonus) {
            return "说是附加分，这条规则的分却计入每月 100 分的基础分";
        }
        if (read.contains("基础分") && bonus && !base) {
            return "说是基础分，这条规则的分却是附加分";
        }
        return null;
    }

    /**
     * Chinese numerals up to 99 before 分 as digits, where a verb, a sign or a bracket stands before them: 「加三分」 as
     * 「加3分」, 「（十五分）」 as 「（15分）」; 「十分整洁」 (very tidy) stays as written.
     */
    static String arabic(String name) {
        StringBuilder read = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            int end = i;
            while (end < name.length() && NUMERALS.indexOf(name.charAt(end)) >= 0) {
                end++;
            }
            boolean counted = i == 0 || "加扣减罚得奖记计+-正负（( ".indexOf(name.charAt(i - 1)) >= 0;
            if (end > i && end - i <= 3 && end < name.length() && name.charAt(end) == '分' && counted) {
                Integer value = numeral(name.substring(i, end));
                if (value != null) {
                    read.append(value);
                    i = end;
                    continue;
                }
            }
            read.append(name.charAt(i));
            i++;
        }
        return read.toString();
    }

    private static @org.jspecify.annotations.Nullable Integer numeral(String written) {
        String digits = "零一二三四五六七八九";
        int ten = written.indexOf('十');
        if (ten < 0) {
            return written.length() == 1 ? (written.equals("两") ? 2 : digits.indexOf(written)) : null;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(written.charAt(0));
        int ones = ten == written.length() - 1 ? 0 : digits.indexOf(written.charAt(written.length() - 1));
        return tens < 0 || ones < 0 ? null : tens * 10 + ones;
    }

    private static String said(Set<Long> amounts, String consequence) {
        List<String> points = amounts.stream().filter(amount -> consequence.isEmpty()
                || consequence.contains(String.valueOf(amount))).sorted()
                .map(amount -> (amount > 0 ? "+" : "") + amount + " 分").toList();
        return points.isEmpty() ? "一票否决，没有分数" : String.join("、", points);
    }

    /** The signed points of each award (a written number) and the rule's cap; null when some points are not written. */
    private static @Nullable Set<Long> amounts(WrittenAwards awards, RuleInfo rule) {
        if (!awards.allWritten()) {
            return null;
        }
        Set<Long> amounts = new HashSet<>(awards.points());
        if (rule.cap() != null) {
            amounts.add((long) rule.cap());
            amounts.add((long) -rule.cap());
        }
        return amounts;
    }

    /** What a consequence does, or null when some award's points are not a written number. */
    static @Nullable Set<Sense> effects(WrittenAwards awards) {
        if (!awards.allWritten()) {
            return null;
        }
        Set<Sense> done = EnumSet.noneOf(Sense.class);
        for (WrittenAwards.Call call : awards.calls()) {
            if (call.veto()) {
                done.add(Sense.VETOES);
            } else if (call.points() != 0) {
                done.add(call.points() > 0 ? Sense.ADDS : Sense.DEDUCTS);
            }
        }
        return done;
    }

    /** The one effect the words say when the rules do none of it; null when they agree or the words say none or several. */
    private static @Nullable Sense against(String words, Set<Sense> done) {
        Set<Sense> said = EnumSet.copyOf(ScoringWords.says(words));
        said.retainAll(EnumSet.of(Sense.ADDS, Sense.DEDUCTS, Sense.VETOES));
        if (said.size() != 1 || done.isEmpty()) {
            return null;
        }
        Sense one = said.iterator().next();
        if (one == Sense.DEDUCTS && done.contains(Sense.VETOES) && DEDUCTIONS_AS_CONDITION.matcher(words).find()) {
            return null; // 「本月扣分过多」 says why it vetoes (attack tryout 20, H7)
        }
        return done.contains(one) ? null : one;
    }

    /** 扣分 as what a veto is for, not as its effect: 扣分过多, 累计扣分达到 20 分, 扣分超过 … */
    private static final java.util.regex.Pattern DEDUCTIONS_AS_CONDITION = java.util.regex.Pattern.compile(
            "扣分(过多|太多|超过|超出|达到|满|累计|较多|\\d)|(累计|超过|达到|合计)[^，,；;]{0,6}扣分");

    private static boolean saysNoEffect(String words) {
        Set<Sense> said = ScoringWords.says(words);
        return !said.contains(Sense.ADDS) && !said.contains(Sense.DEDUCTS) && !said.contains(Sense.VETOES);
    }

    /** Where the name says the words, allowing two characters between them (「经查属实」 says 查实), or -1. */
    private static int loosely(String name, String words) {
        for (int start = name.indexOf(words.charAt(0)); start >= 0; start = name.indexOf(words.charAt(0), start + 1)) {
            int at = start;
            int gaps = 0;
            boolean found = true;
            for (int i = 1; i < words.length() && found; i++) {
                int next = name.indexOf(words.charAt(i), at + 1);
                gaps += next - at - 1;
                found = next > at && gaps <= 2;
                at = next;
            }
            if (found) {
                return start;
            }
        }
        return -1;
    }

    private static String word(Sense sense) {
        return switch (sense) {
            case ADDS -> "加分";
            case DEDUCTS -> "扣分";
            default -> "一票否决";
        };
    }

    private static String did(Set<Sense> done) {
        StringBuilder words = new StringBuilder();
        for (Sense sense : done) {
            words.append(words.isEmpty() ? "是" : "、").append(word(sense));
        }
        return words.toString();
    }
}
