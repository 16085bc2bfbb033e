package org.jifen.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.engine.SentenceMapping.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * A village's own sentence must not read as a standard sentence with another meaning (ADRs 0214, 0203, 0223), nor say
 * one thing and score another (ADR 0223). The standard sentences mean the same in every village; a sentence that
 * reads like one of them is read as it by the clerk, the auditor and every villager who sees the rule.
 */
final class StandardSentences {

    private StandardSentences() {
    }

    /** What any placeholder reads as: a private-use character, one unit wherever it stands. */
    private static final int PLACEHOLDER_READ = 0xE000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[\\p{L}\\p{N}_]+\\}");
    private static final Pattern AWARD = Pattern.compile("awards\\s*\\.\\s*(add|bonus|veto)\\s*\\(");
    /** A placeholder glued to a digit, a letter, a dot or another placeholder: {@code {n}0} scores 50 for 「5 分」. */
    private static final Pattern GLUED = Pattern.compile(
            "[0-9A-Za-z_.}]\\{[\\p{L}\\p{N}_]+\\}|\\{[\\p{L}\\p{N}_]+\\}[0-9A-Za-z_.{]");

    /** Why a village's sentence may not stand, or null. */
    static @Nullable String refusal(Sentence own) {
        // what the clerk writes in a placeholder the DRL leaves out scores nothing, yet reads as if it did
        for (String name : own.names()) {
            if (!own.value().contains("{" + name + "}")) {
                return "句式「" + own.key() + "」的占位 {" + name + "} 在「=」后面的规则写法里没有用到：规则里写在这个位置的"
                        + "内容不起作用，读的人却会以为它算数（例如写的类别不是实际计入的类别）。请在规则写法里用上 {" + name
                        + "}，或从句子里删去它";
            }
        }
        Matcher glued = GLUED.matcher(own.value().replaceAll("\"[^\"]*\"", "\"\""));
        if (glued.find()) {
            return "句式「" + own.key() + "」的「=」后面，占位和别的数字或字母连在一起（「" + glued.group() + "」）：句子里写的数"
                    + "和实际算的数不一样（例如句子写 5 分，实际计 50 分）。占位要单独用，例如 awards.add({n}, \"{c}\")";
        }
        String resembles = resemblance(own);
        if (resembles != null) {
            return resembles;
        }
        String said = own.section() == SentenceMapping.Section.THEN ? saysWhatItScores(own) : saysItsNegation(own);
        return said != null ? said : own.section() == SentenceMapping.Section.THEN ? saysWhichPoints(own)
                : saysItsComparison(own);
    }

    private static final Pattern AT_LEAST_WORDS = Pattern.compile("至少|不少于|以上|最少|不低于|不小于");
    private static final Pattern AT_MOST_WORDS = Pattern.compile("至多|最多|不超过|以下|以内|少于|不到|不满|不多于|低于|小于");
    private static final Pattern GREATER = Pattern.compile(">=?");
    private static final Pattern LESS = Pattern.compile("<=?");
    private static final Pattern CONTAINS = Pattern.compile("\\b(contains|matches|memberOf|soundslike|str)\\b");

    /**
     * A condition sentence's words give the direction of its comparison and the kind of its match (attack tryout 18, F9):
     * 「数量至少 {n}」 over {@code quantity <= {n}} paid 1 to 3, 「事件是 "{t}"」 over {@code type contains "{t}"} vetoed
     * every type holding the word. A sentence saying at least (at most) may not compare the other way only, and a
     * partial match (contains, matches) is refused unless the sentence says 包含 or 含有.
     */
    private static @Nullable String saysItsComparison(Sentence own) {
        String code = own.value().replaceAll("\"[^\"]*\"", "\"\"");
        boolean greater = GREATER.matcher(code.replace("->", "")).find();
        boolean less = LESS.matcher(code).find();
        String words = own.key();
        // a negated comparison turns its direction (「不到 {n} 岁」 over not … >= {n}): its negation is checked above
        boolean negated = Pattern.compile("\\bnot\\b|!(?!=)").matcher(code).find();
        String direction = negated ? null : AT_LEAST_WORDS.matcher(words).find() && less && !greater ? "至少（不少于）"
                : AT_MOST_WORDS.matcher(words.replaceAll("不低于|不小于|不少于", "")).find() && greater && !less
                        ? "至多（不超过）" : null;
        if (direction != null) {
            return "本村句式「" + own.key() + "」说的是" + direction + "，「=」后面的规则写法比较的方向却正相反（「" + own.value()
                    + "」）：读的人看到的和实际计分的事正相反。请把比较改成和句子一致的方向（至少 n 写 >= {n}，至多 n 写 <= {n}），"
                    + "或把句子改成它实际的意思";
        }
        if (CONTAINS.matcher(code).find() && !words.contains("包含") && !words.contains("含有")) {
            return "本村句式「" + own.key() + "」的规则写法（「=」后面）是部分相符（contains、matches）：名称里含有这几个字的事"
                    + "也算（例如「协助拆除违法搭建」也算「搭建」），句子却没有这样说。请用 == 比较整个名称，或在句子里写明「包含」";
        }
        return null;
    }

    /** A scoring sentence saying 附加分 gives a bonus, and one saying 基础分 base points (attack tryout 18, F9). */
    private static @Nullable String saysWhichPoints(Sentence own) {
        boolean bonus = own.value().contains("awards.bonus(");
        boolean base = own.value().contains("awards.add(");
        if (own.key().contains("附加分") && base && !bonus) {
            return "本村句式「" + own.key() + "」说的是附加分，「=」后面的规则写法却是 awards.add（计入每月 100 分的基础分）："
                    + "附加分要写 awards.bonus({n}, \"{c}\")；或把句子里的「附加分」去掉";
        }
        if (own.key().contains("基础分") && bonus && !base) {
            return "本村句式「" + own.key() + "」说的是基础分，「=」后面的规则写法却是 awards.bonus（附加分，不计入 100 分）："
                    + "基础分要写 awards.add({n}, \"{c}\")；或把句子里的「基础分」改成「附加分」";
        }
        return null;
    }

    /**
     * One unit of a sentence as it is read: what is written there (a character or a placeholder) and what a reader
     * takes it for: its skeleton (ADR 0203: 記 as 记, ５ as 5) heard as a standard character that sounds alike (份 as
     * 分, 记 as 计); spaces and punctuation are not units, since 「计入 "{c}"」 and 「，计入「{c}」」 read alike.
     */
    private record Unit(String written, int heard) {
    }

    static List<Unit> units(String key) {
        List<Unit> units = new ArrayList<>();
        Matcher placeholders = PLACEHOLDER.matcher(key);
        int next = placeholders.find() ? placeholders.start() : key.length();
        int from = 0;
        while (from < key.length()) {
            if (from == next) {
                units.add(new Unit(placeholders.group(), PLACEHOLDER_READ));
                from = placeholders.end();
                next = placeholders.find() ? placeholders.start() : key.length();
                continue;
            }
            int c = key.codePointAt(from);
            String written = Character.toString(c);
            LookAlikes.skeleton(c).codePoints().filter(read -> !punctuation(read))
                    .forEach(read -> units.add(new Unit(written, Homophones.heardAs(read))));
            from += Character.charCount(c);
        }
        return units;
    }

    private static boolean punctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> Character.isWhitespace(c) || Character.isSpaceChar(c);
        };
    }

    /**
     * Refused when it is heard as a standard sentence, or is within a few characters of the standard sentences it is
     * closest to, and means what none of them means (a sentence as close to 「扣 {n} 分」 as to 「加 {n} 分」 that
     * deducts stands here; what it says is checked by {@link #saysWhatItScores}). Few is one under six units, and a
     * quarter of the shorter sentence, at least two, from six on.
     */
    private static @Nullable String resemblance(Sentence own) {
        List<Unit> read = units(own.key());
        int closest = Integer.MAX_VALUE;
        List<Sentence> nearest = new ArrayList<>();
        for (Read standardRead : STANDARD.get()) {
            Sentence standard = standardRead.sentence();
            int bound = bound(Math.min(read.size(), standardRead.units().size()));
            // no fewer edits than the lengths differ: most pairs are told apart without the table
            if (Math.abs(read.size() - standardRead.units().size()) > bound) {
                continue;
            }
            int distance = distance(read, standardRead.units());
            if (distance > bound) {
                continue;
            }
            if (distance < closest) {
                closest = distance;
                nearest.clear();
            }
            if (distance == closest) {
                nearest.add(standard);
            }
        }
        if (nearest.isEmpty() || nearest.stream().anyMatch(standard -> sameMeaning(standard, own))) {
            return null;
        }
        Sentence standard = nearest.get(0);
        List<String> differing = differing(read, units(standard.key()));
        String how = closest == 0
                ? differing.isEmpty() ? "写法一样" : "读起来一样（只差读音或字形相同的字：" + listed(differing) + "）"
                : "只差" + (differing.size() == 1 ? "一个字" : " " + differing.size() + " 个字") + "（" + listed(differing) + "）";
        return "本村句式「" + own.key() + "」和积分方案标准句式「" + standard.key() + "」" + how + "，意思却不一样：读的人会以为"
                + "它就是标准句式，实际计分却是另一回事；标准句式的意思是全镇统一的，村里不能给它另换意思。如果要的就是标准句式的"
                + "意思，请照标准句式表一字不差地写这个句子和「=」后面的规则写法；如果意思不同，请换一种一眼能看出区别的说法";
    }

    /** How many edits a sentence of this many units may be from a standard one and still read as it. */
    private static int bound(int units) {
        return units < 4 ? 0 : units < 6 ? 1 : Math.max(2, units / 4);
    }

    /**
     * A sentence that scores says how, in words read in their scoring sense ({@link ScoringWords}, ADR 0235): a
     * deduction (or what cannot be told to add) says 扣、减、罚 or 负 governing its points (扣 {n} 分, 记负分; not 负责人);
     * a veto says 否决 as a veto (not 否决异议); a sentence that says only a deduction or a veto does not add; one that
     * says a veto vetoes; and one that deducts or vetoes and adds nothing says no reward (奖励, 表彰, 加 {n} 分).
     */
    private static @Nullable String saysWhatItScores(Sentence own) {
        Set<ScoringWords.Sense> said = ScoringWords.says(own.key());
        boolean add = said.contains(ScoringWords.Sense.ADDS);
        boolean deduct = said.contains(ScoringWords.Sense.DEDUCTS);
        boolean veto = said.contains(ScoringWords.Sense.VETOES);
        Set<Effect> effects = effects(own.value());
        boolean adds = effects.contains(Effect.ADDS) || effects.contains(Effect.UNCLEAR);
        String does = null;
        if ((effects.contains(Effect.DEDUCTS) || effects.contains(Effect.UNCLEAR)) && !deduct) {
            does = effects.contains(Effect.DEDUCTS) ? "是扣分" : "算出的分可能是负数（扣分）";
        } else if (effects.contains(Effect.VETO) && !veto) {
            does = "是一票否决";
        } else if (effects.contains(Effect.ADDS) && !add && (deduct || veto)) {
            does = "是加分";
        } else if (veto && !effects.contains(Effect.VETO) && !effects.isEmpty()) {
            does = "不是一票否决";
        } else if (add && !adds && !effects.isEmpty()) {
            // attack tryout 12, NEW-E: 「奖励 {n} 分 记入…（负责人：村委）」 that deducts, 「予以表彰…」 that vetoes
            return "本村句式「" + own.key() + "」读起来是加分或表彰（" + (deduct || veto ? "同时又写了扣分或否决" : "奖励、表彰、加分")
                    + "），「=」后面的规则写法实际上却" + (effects.contains(Effect.VETO) ? "是一票否决" : "是扣分")
                    + "，没有加分：读的人看到的和实际计的分相反。扣分、一票否决的句子不能写「奖励」「表彰」「加 … 分」这类加分的话；"
                    + "请把句子改成它实际的意思，例如「扣 {n} 分 计入 \"{c}\"」「一票否决 计入 \"{c}\"」，或改正「=」后面的规则写法";
        }
        if (does == null) {
            return null;
        }
        String says = deduct ? "扣分" : veto ? "一票否决" : add ? "加分" : "计分（没有写扣分）";
        return "本村句式「" + own.key() + "」读起来是" + says + "，「=」后面的规则写法实际上却" + does + "：读的人看到的和实际计的分"
                + "相反。扣分的句子要在分数前写明「扣」「减」「罚」（例如「扣 {n} 分」「记负分」），一票否决的句子要写明「一票否决」，"
                + "写在句首或逗号后面（前面只能写「本户」「当月」这类词，例如「违法搭建，一票否决 计入 \"{c}\"」），"
                + "「负责人」「否决异议」「不扣分」这类词不算，「不怕否决」「敢于否决」也不算；加分的句子不能只写这些字；"
                + "请把句子改成它实际的意思，或改正「=」后面的规则写法";
    }

    /**
     * A condition sentence says what its DRL asks, as {@link ConditionsInWords} reads it (ADR 0247; attack tryout 14,
     * B1: 「本月有过 "{t}"」 over {@code MonthSummary( 1 > count("{t}") )} was read by no check and shown as code): its
     * expansion, with a sample value of each placeholder's kind, must be said in full, with no part left to
     * 「见规则原文」, and when that reading negates (a {@code not}, a {@code !}, a {@code !=}, a {@code == false}, a count
     * compared so that it means none) its words hold a negation of a condition read as a word ({@link ScoringWords}:
     * 不是, 没有, 无…, 非…户, 未…, 除…外, outside parentheses), or for a count, say zero (「次数为 0」). So a new way of
     * writing a negation is either read or refused, never passed (tryouts 11, N7; 12, NEW-A).
     */
    private static @Nullable String saysItsNegation(Sentence own) {
        ConditionsInWords.Reading reading = ConditionsInWords.reading(sampleRule(own, own.key().startsWith("-")));
        if (reading == null || !reading.sayable()) {
            // a constraint written without the leading - is read as one too
            ConditionsInWords.Reading constraint = ConditionsInWords.reading(sampleRule(own, true));
            reading = constraint != null && constraint.sayable() ? constraint : reading;
        }
        if (reading == null || !reading.sayable()) {
            return "本村句式「" + own.key() + "」的规则写法（「=」后面）系统读不懂，没法在方案页和计分记录里用文字说清它的意思"
                    + "（例如把数字写在比较的左边、用 in (…) 比较真假或次数、拿算式当真假）：读的人只能去看规则原文，看不出它是"
                    + "「有」还是「没有」。请改用标准句式（如「家庭户带有标签 \"{tag}\"」「家庭户没有标签 \"{tag}\"」「本月没有 \"{type}\"」"
                    + "「本月 \"{type}\" 次数不少于 {n}」），或写成简单的比较，名称或次数在左、值在右，例如 count(\"{t}\") == 0、"
                    + "count(\"{t}\") >= {n}、hasTag(\"{g}\")、!hasTag(\"{g}\")";
        }
        if (reading.conditions() != ConditionsInWords.Conditions.ONE) {
            // attack tryouts 13 (j2) and 14, B5: 「凡是 "{t}" 这件事」 that scores 参加村民大会 as well, by an or
            return "本村句式「" + own.key() + "」的规则写法（「=」后面）" + (reading.conditions()
                    == ConditionsInWords.Conditions.ALTERNATIVES ? "用 or 或 || 连了几个条件，满足其中一个就算"
                    : "是几个条件") + "：一句只能是一个条件，读的人看到一句话，不会想到它还算别的。几个条件都要满足的，请写成几句，每句一行；满足其中一个就计分的，"
                    + "请写成几条规则，每条规则写其中一个条件";
        }
        boolean not = reading.negations().contains(ConditionsInWords.Negation.NOT);
        boolean none = reading.negations().contains(ConditionsInWords.Negation.NONE);
        if (!not && !none || ScoringWords.says(own.key()).contains(ScoringWords.Sense.NEGATES)
                || !not && ScoringWords.saysZero(own.key())) {
            return null;
        }
        return "本村句式「" + own.key() + "」读起来是肯定的（是、有），「=」后面的规则写法实际上却是否定的（" + (not
                ? "not、! 表示「没有」「不是」" : "次数等于 0 表示「没有」") + "）：读的人看到的和实际计分的户相反。否定的句子要写明"
                + "否定条件的词，例如「不是」「没有」「不属于」「不带」「无…」「非…户」，「无论」「不论」「非常」「未满」这类词不算，"
                + "写在括号里的也不算；例如标准句式「家庭户没有标签 \"{tag}\"」「本月没有 \"{type}\"」；请把句子改成它实际的意思，"
                + "或改正「=」后面的规则写法";
    }

    /**
     * The condition sentence as one rule, each placeholder a sample of its kind (a number in code, a name in quotes);
     * a sentence that adds a constraint ({@code - 属性 …}) is read inside an event when {@code constraint}.
     */
    private static String sampleRule(Sentence own, boolean constraint) {
        String value = own.value();
        for (String name : own.names()) {
            value = value.replace("{" + name + "}", SlotValues.inCode(own.value(), name) ? "5" : "样例");
        }
        String condition = constraint ? "Event( " + value + " )" : value;
        return "rule \"句式\"\nwhen\n" + condition + "\nthen\nend\n";
    }

    enum Effect { ADDS, DEDUCTS, VETO, UNCLEAR }

    /**
     * What the statements of a sentence's DRL do: points with no minus sign add, points that are a minus sign and a
     * term with none deduct, anything else cannot be told (the placeholders' numbers are the clerk's, seen in the rule).
     */
    static Set<Effect> effects(String value) {
        Set<Effect> effects = EnumSet.noneOf(Effect.class);
        awards(value).forEach(award -> effects.add(award.effect()));
        return effects;
    }

    /** One award of a DRL: what it does, and its points as written (none for a veto). */
    record Award(Effect effect, String points) {
    }

    /** The awards of a DRL (a sentence's, a spreadsheet column's), in order. */
    static List<Award> awards(String value) {
        List<Award> awards = new ArrayList<>();
        Matcher award = AWARD.matcher(value);
        while (award.find()) {
            if (award.group(1).equals("veto")) {
                awards.add(new Award(Effect.VETO, ""));
                continue;
            }
            int depth = 0;
            int end = award.end();
            while (end < value.length() && (depth > 0 || value.charAt(end) != ',') && !(depth == 0 && value.charAt(end) == ')')) {
                depth += value.charAt(end) == '(' ? 1 : value.charAt(end) == ')' ? -1 : 0;
                end++;
            }
            String points = value.substring(award.end(), end).replaceAll("\\s+", "");
            int minus = points.indexOf('-');
            awards.add(new Award(minus < 0 ? Effect.ADDS : minus == 0 && points.indexOf('-', 1) < 0 ? Effect.DEDUCTS
                    : Effect.UNCLEAR, points));
        }
        return awards;
    }

    /** Edit distance between two sentences as read, unit by unit. */
    private static int distance(List<Unit> a, List<Unit> b) {
        return table(a, b)[a.size()][b.size()];
    }

    private static int[][] table(List<Unit> a, List<Unit> b) {
        int[][] d = new int[a.size() + 1][b.size() + 1];
        for (int i = 0; i <= a.size(); i++) {
            for (int j = 0; j <= b.size(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (a.get(i - 1).heard() == b.get(j - 1).heard()
                        ? 0 : 1), Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        return d;
    }

    /**
     * The characters in which a village's sentence differs from a standard one as written, in order: 「份」和「分」 for
     * one in place of another (a homophone or look-alike too), 「多了「添」」 and 「少了「扣」」; placeholders' names aside.
     */
    private static List<String> differing(List<Unit> own, List<Unit> standard) {
        int[][] d = table(own, standard);
        List<String> differing = new ArrayList<>();
        int i = own.size();
        int j = standard.size();
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (own.get(i - 1).heard() == standard.get(j - 1).heard() ? 0 : 1)) {
                Unit written = own.get(i - 1);
                Unit shown = standard.get(j - 1);
                if (written.heard() != PLACEHOLDER_READ || shown.heard() != PLACEHOLDER_READ) {
                    if (!RuleNames.key(written.written()).equals(RuleNames.key(shown.written()))) {
                        differing.add(0, "「" + written.written() + "」和「" + shown.written() + "」");
                    }
                }
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                differing.add(0, "多了「" + own.get(--i).written() + "」");
            } else {
                differing.add(0, "少了「" + standard.get(--j).written() + "」");
            }
        }
        return differing;
    }

    private static String listed(List<String> differing) {
        return String.join("、", differing.subList(0, Math.min(5, differing.size())))
                + (differing.size() > 5 ? " 等 " + differing.size() + " 处" : "");
    }

    private static boolean sameMeaning(Sentence standard, Sentence own) {
        return standard.section() == own.section() && meaning(standard).equals(meaning(own));
    }

    /** What a sentence stands for, whatever its placeholders are called: a copy of a standard sentence is no harm. */
    private static String meaning(Sentence sentence) {
        String value = sentence.value();
        for (int i = 0; i < sentence.names().size(); i++) {
            value = value.replace("{" + sentence.names().get(i) + "}", "{#" + i + "}");
        }
        return value.replaceAll("\\s+", "");
    }

    /** A standard sentence and its units. */
    private record Read(Sentence sentence, List<Unit> units) {
    }

    /** The standard sentences, read once. */
    private static final Supplier<List<Read>> STANDARD = new Supplier<>() {
        private volatile @Nullable List<Read> read;

        @Override
        public List<Read> get() {
            List<Read> sentences = read;
            if (sentences == null) {
                SentenceMapping mapping = SentenceMapping.read(List.of(StandardDsl.file()), new ArrayList<>());
                List<Sentence> all = new ArrayList<>(mapping.sentences(SentenceMapping.Section.WHEN));
                all.addAll(mapping.sentences(SentenceMapping.Section.THEN));
                sentences = all.stream().map(standard -> new Read(standard, units(standard.key()))).toList();
                read = sentences;
            }
            return sentences;
        }
    };
}
