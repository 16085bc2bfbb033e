package org.jifen.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a rule's Chinese words say about scoring, read as words and not as characters (ADR 0235): the one reading of a
 * village's sentence (ADR 0223) and of a spreadsheet column's heading (ADR 0234). 否决 in 否决异议 vetoes nothing,
 * 负 in 负责人 deducts nothing, 无 in 无论 and 非 in 非常 negate nothing: a deduction or an addition is a verb that
 * governs points (扣 {n} 分, 扣分, 记负分), a veto is 否决 with nothing after it that makes it another word, and a
 * negation is one of the forms that negate a condition (不是, 没有, 无…, 非…户, 未参加 …), outside parentheses.
 */
final class ScoringWords {

    private ScoringWords() {
    }

    enum Sense {
        /** A verb governing points (加 {n} 分, 奖励 {n} 分) or a word of reward (奖励, 表彰). */
        ADDS,
        /** A verb governing points: 扣 {n} 分, 扣分, 减 {n} 分, 罚 {n} 分, 记负分. */
        DEDUCTS,
        /** 一票否决 or 否决 in the sense of the template: nothing after it but the end, a category or 计入. */
        VETOES,
        /** Points: 分, 分值, 积分 (not 分类, 分钟, 部分). */
        POINTS,
        /** A negation of a condition: 不是, 不属于, 不带, 没有, 无…, 非…户, 未…, 除…外; not 无论, 非常, 未满, 不少于. */
        NEGATES
    }

    /** Words as they are read (ADR 0203): the lexicon is matched against the skeleton of what is written. */
    private static String read(String words) {
        return LookAlikes.skeleton(words);
    }

    private static String withRead(String marks) {
        return marks + read(marks);
    }

    private static List<String> readAll(String... words) {
        return java.util.Arrays.stream(words).map(ScoringWords::read).distinct()
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    /** What stands for a placeholder ({@code {n}}) in the words read: one unit, no word. */
    private static final char PLACEHOLDER = '\uE000';
    private static final Pattern PLACEHOLDERS = Pattern.compile("\\{[\\p{L}\\p{N}_]+\\}");

    private static final String DEDUCT_VERBS = read("扣减罚负");
    private static final String ADD_VERBS = read("加奖得添增赚赏送给补获");
    /** Words of reward whatever follows them: a sentence saying 予以表彰 reads as a reward. */
    private static final List<String> REWARDS = readAll("奖励", "表彰", "嘉奖", "表扬", "奖赏", "褒奖");
    /** Words holding a verb's character in another sense: 参加 adds nothing, 负责 deducts nothing. */
    private static final List<String> OTHER_WORDS = readAll("参加", "负责", "负担", "增强", "加强", "加入", "给予", "补充");
    /** Marks of a clause's end: a verb governs points only in its clause (「奖励 5 分（负责人：村委）」). */
    private static final String CLAUSE_ENDS = withRead(",.;:!?()[]<>\"'、。，；：！？（）【】「」『』“”‘’《》〈〉");
    /** 分 that is no points: 分类, 分钟, 分别, 部分, 处分 … */
    private static final String NOT_POINTS_AFTER = read("类钟别配组析开享担摊批期段散支布清解");
    private static final String NOT_POINTS_BEFORE = read("部充过划区身处");
    /** A negation that makes the effect word after it say the effect does not happen: 不扣分, 不予否决, 不负众望. */
    private static final String NEGATORS = read("不没无非未免别勿");
    private static final String NEGATOR_HELPERS = read("予被用再会得必");
    /**
     * What may follow 否决 in its scoring sense: the end, a category, where it counts, the household's month it vetoes;
     * not 否决异议, 否决了提案, 否决权.
     */
    private static final List<String> VETO_FOLLOWERS = readAll("类别", "计入", "记入", "本户", "本月", "项", "制",
            // what it vetoes: the household's month (attack tryout 14, F1: 「否决该户当月积分」「否决当月全部积分」)
            "该户", "此户", "这户", "当月", "全月", "全部", "积分");
    /** 不 followed by one of these negates a condition; 不论, 不管, 不仅, 不少于, 不合格 do not. */
    private static final List<String> NEGATED_VERBS = readAll("是", "属于", "属", "在", "带", "含", "包括", "包含",
            "为", "满足", "符合", "具有", "具备", "登记", "勾选", "参加", "曾", "到", "够", "达到", "算", "计", "记");
    private static final String NOT_AFTER_WU = read("论需须疑比限所非妨关奈数");
    private static final String NOT_AFTER_FEI = read("常得要但凡法议遗");
    private static final String NOT_AFTER_WEI = read("满来必知免尝几");
    private static final String QUOTES = withRead("\"“”「」『』'");
    /** A 非 negates a kind of household or group: 非低保户, 非党员, 非 "{g}" 组. */
    private static final String FEI_KINDS = read("户员组村人");
    private static final Pattern ZERO = Pattern.compile("(为|是|等于|=)(0|零)(?![0-9.])|(?<![0-9.])(0|零)(次|件|回|户|个)");

    /** What the words say, read as words; placeholders ({@code {n}}) stand for numbers and names. */
    static Set<Sense> says(String words) {
        String read = LookAlikes.skeleton(PLACEHOLDERS.matcher(words).replaceAll(String.valueOf(PLACEHOLDER)));
        Set<Sense> says = EnumSet.noneOf(Sense.class);
        effects(read, says);
        if (negates(read)) {
            says.add(Sense.NEGATES);
        }
        return says;
    }

    /** Whether the words say zero (「次数为 0」「0 次」), which a count compared with 0 negates as well. */
    static boolean saysZero(String words) {
        // not the skeleton: it reads 0 as the letter O
        return ZERO.matcher(java.text.Normalizer.normalize(PLACEHOLDERS.matcher(words).replaceAll(""),
                java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "")).find();
    }

    /**
     * Reads the effects clause by clause: each 分 of points belongs to the nearest verb before it in its clause, and a
     * verb says its effect when it has points and no negation right before it.
     */
    private static void effects(String read, Set<Sense> says) {
        int verb = -1;
        for (int i = 0; i < read.length(); i++) {
            char c = read.charAt(i);
            if (CLAUSE_ENDS.indexOf(c) >= 0) {
                verb = -1;
                continue;
            }
            int other = startsOne(read, i, OTHER_WORDS);
            if (other > 0) {
                verb = -1;
                i += other - 1;
                continue;
            }
            int reward = startsOne(read, i, REWARDS);
            if (reward > 0) {
                if (!negated(read, i)) {
                    says.add(Sense.ADDS);
                }
                verb = i;
                i += reward - 1;
                continue;
            }
            if (read.startsWith("否决", i)) {
                int word = i >= ONE_VOTE.length() && read.startsWith(ONE_VOTE, i - ONE_VOTE.length())
                        ? i - ONE_VOTE.length() : i;
                if (!negated(read, word) && vetoSense(read, i + 2) && governsTheVeto(read, word)) {
                    says.add(Sense.VETOES);
                }
                verb = -1;
                i++;
                continue;
            }
            if (DEDUCT_VERBS.indexOf(c) >= 0 || ADD_VERBS.indexOf(c) >= 0) {
                verb = i;
                continue;
            }
            if (c == '分' && points(read, i)) {
                says.add(Sense.POINTS);
                if (verb >= 0 && !negated(read, verb)) {
                    char governing = read.charAt(verb);
                    if (DEDUCT_VERBS.indexOf(governing) < 0) {
                        says.add(Sense.ADDS);
                    } else if (governsTheNumber(read, verb + 1, i)) {
                        says.add(Sense.DEDUCTS);
                    }
                }
            }
        }
    }

    /**
     * Whether a deduction verb governs the points it stands before: only the number and the words of a deduction
     * (罚款折合, 扣除, 积分) lie between them (attack tryout 14, B3: 「罚单零记录户 {n} 分」 and 「减负先进户 {n} 分」 name a
     * household, and deduct nothing).
     */
    private static boolean governsTheNumber(String read, int from, int points) {
        for (int i = from; i < points; i++) {
            char c = read.charAt(i);
            // a number as read: the skeleton reads 0 as the letter O
            boolean number = c < 0x80 && Character.isLetterOrDigit(c);
            if (c != PLACEHOLDER && !number && BETWEEN_DEDUCTION_AND_POINTS.indexOf(c) < 0
                    && DEDUCT_VERBS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static final String BETWEEN_DEDUCTION_AND_POINTS = read("款折合除去掉积个共计记为");

    private static boolean points(String read, int at) {
        return (at + 1 >= read.length() || NOT_POINTS_AFTER.indexOf(read.charAt(at + 1)) < 0)
                && (at == 0 || NOT_POINTS_BEFORE.indexOf(read.charAt(at - 1)) < 0);
    }

    /**
     * Whether 否决 is the verb of its clause, so that it governs the household's month (attack tryout 14, B3: in
     * 「不怕否决」 and 「记为敢于否决」 it is what another verb governs, and vetoes nothing): before it in its clause stand
     * only who and when (本户, 当月), how it is carried out (予以, 实行, 记为) and placeholders. An allowlist of where
     * the word stands, as for a deduction's points ({@link #governsTheNumber}), not a list of verbs that may govern it.
     */
    private static boolean governsTheVeto(String read, int word) {
        int start = word;
        while (start > 0 && CLAUSE_ENDS.indexOf(read.charAt(start - 1)) < 0) {
            start--;
        }
        int i = start;
        while (i < word) {
            int before = startsOne(read, i, BEFORE_A_VETO);
            if (before > 0 && i + before <= word) {
                i += before;
            } else if (read.charAt(i) == PLACEHOLDER) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** What may stand before 否决 in its clause: who, when and how a veto is carried out. */
    private static final String ONE_VOTE = read("一票");
    private static final List<String> BEFORE_A_VETO = readAll("本户", "该户", "此户", "这户", "对", "将", "本月", "当月",
            "即", "立即", "直接", "一律", "均", "予以", "给予", "实行", "实施", "执行", "记为", "记", "计", "作");

    private static boolean vetoSense(String read, int after) {
        return after >= read.length() || CLAUSE_ENDS.indexOf(read.charAt(after)) >= 0
                || read.charAt(after) == PLACEHOLDER || startsOne(read, after, VETO_FOLLOWERS) > 0;
    }

    /** Whether a negation (with 予, 被, 再 …) stands right before the word at {@code at}: 不扣, 不予否决, 不再加. */
    private static boolean negated(String read, int at) {
        int before = at - 1;
        if (before >= 0 && NEGATOR_HELPERS.indexOf(read.charAt(before)) >= 0) {
            before--;
        }
        return before >= 0 && NEGATORS.indexOf(read.charAt(before)) >= 0;
    }

    /** Whether a negation of a condition stands outside parentheses: a remark in （…） negates nothing it stands by. */
    private static boolean negates(String read) {
        int depth = 0;
        for (int i = 0; i < read.length(); i++) {
            char c = read.charAt(i);
            depth += OPENING.indexOf(c) >= 0 ? 1 : CLOSING.indexOf(c) >= 0 && depth > 0 ? -1 : 0;
            if ((depth == 0 || groupHoldsTheName(read, i)) && negationAt(read, i) && governsTheName(read, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the parentheses around {@code at} hold the name the sentence tests (a placeholder or a quote): then they
     * are the condition, not a remark beside it (attack tryout 14, F2: 「普通户（"{g}" 以外）」 negates; 「是党员户（不是也算）」
     * does not).
     */
    private static boolean groupHoldsTheName(String read, int at) {
        int open = at;
        for (int depth = 0; open >= 0; open--) {
            char c = read.charAt(open);
            if (OPENING.indexOf(c) >= 0 && depth-- == 0) {
                break;
            }
            depth += CLOSING.indexOf(c) >= 0 && open != at ? 1 : 0;
        }
        for (int i = open + 1; i < read.length() && CLOSING.indexOf(read.charAt(i)) < 0; i++) {
            if (read.charAt(i) == PLACEHOLDER || QUOTES.indexOf(read.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final String OPENING = "([【〔";
    private static final String CLOSING = ")]】〕";

    /**
     * Whether the negation at {@code at} governs what the sentence names, not a word that describes it (attack tryout
     * 14, B2: 「是没有污点的 "{g}"」「是无私奉献的 "{g}"」 name {g} and negate nothing): a negation followed within its
     * clause by 的 and only then by the name (a placeholder or a quote) stands in the name's description.
     */
    private static boolean governsTheName(String read, int at) {
        for (int i = at + 1; i < read.length(); i++) {
            char c = read.charAt(i);
            if (c == PLACEHOLDER || QUOTES.indexOf(c) >= 0 || CLAUSE_ENDS.indexOf(c) >= 0) {
                return true;
            }
            if (c == DE) {
                return !nameInClause(read, i + 1, 1);
            }
        }
        return true;
    }

    private static final char DE = read("的").charAt(0);

    /**
     * Whether the name the sentence tests (a placeholder or a quote) stands in the clause, looking from {@code from}
     * forward ({@code step} 1) or back (-1) to the clause's end.
     */
    private static boolean nameInClause(String read, int from, int step) {
        for (int i = from; i >= 0 && i < read.length(); i += step) {
            char c = read.charAt(i);
            if (c == PLACEHOLDER || QUOTES.indexOf(c) >= 0) {
                return true;
            }
            if (CLAUSE_ENDS.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean negationAt(String read, int i) {
        char c = read.charAt(i);
        String next = i + 1 < read.length() ? read.substring(i + 1, i + 2) : "";
        return switch (c) {
            // 不再是, 不会在: a helper between the negation and its verb (attack tryout 14, F2)
            case '不' -> startsOne(read, i + 1, NEGATED_VERBS) > 0 || i + 1 < read.length()
                    && NEGATOR_HELPERS.indexOf(read.charAt(i + 1)) >= 0 && startsOne(read, i + 2, NEGATED_VERBS) > 0;
            // 缺席 "{t}", 缺少 "{g}" 标签: a verb of absence (attack tryout 14, F2)
            case '缺' -> !next.isEmpty() && ABSENCE.indexOf(next.charAt(0)) >= 0;
            // "{g}" 以外, "{g}" 之外: after the name it excludes (attack tryout 14, F2)
            case '以', '之' -> next.equals("外") && nameInClause(read, i - 1, -1);
            case '没' -> !next.isEmpty() && !next.equals("收");
            case '无' -> continues(next) && NOT_AFTER_WU.indexOf(next.charAt(0)) < 0 && !(i > 0 && read.charAt(i - 1) == '毫');
            case '未' -> continues(next) && NOT_AFTER_WEI.indexOf(next.charAt(0)) < 0;
            case '非' -> !next.isEmpty() && NOT_AFTER_FEI.indexOf(next.charAt(0)) < 0 && !(i > 0 && read.charAt(i - 1) == '是')
                    && kindAfter(read, i + 1);
            case '除' -> exceptAfter(read, i + 1);
            default -> false;
        };
    }

    private static final String ABSENCE = read("席勤少失考");

    /** Whether a negation is followed by what it negates: a word, a quote or a placeholder, not the clause's end. */
    private static boolean continues(String next) {
        return !next.isEmpty() && (CLAUSE_ENDS.indexOf(next.charAt(0)) < 0 || QUOTES.indexOf(next.charAt(0)) >= 0);
    }

    /** 非 followed by a placeholder, a quote, or within its clause a household's kind: 非低保户, 非党员. */
    private static boolean kindAfter(String read, int from) {
        for (int i = from; i < read.length() && i < from + 8; i++) {
            char c = read.charAt(i);
            if (c == PLACEHOLDER || QUOTES.indexOf(c) >= 0 && i == from || FEI_KINDS.indexOf(c) >= 0) {
                return true;
            }
            if (CLAUSE_ENDS.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** 除 … 外 (以外, 之外) in one clause, quotes and placeholders inside it. */
    private static boolean exceptAfter(String read, int from) {
        boolean quoted = false;
        for (int i = from; i < read.length(); i++) {
            char c = read.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                quoted = !quoted;
            } else if (!quoted && c == '外') {
                return true;
            } else if (!quoted && CLAUSE_ENDS.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** The length of the word of {@code words} that {@code read} holds at {@code at}, or 0. */
    private static int startsOne(String read, int at, List<String> words) {
        if (at < 0) {
            return 0;
        }
        for (String word : words) {
            if (read.startsWith(word, at)) {
                return word.length();
            }
        }
        return 0;
    }

    /**
     * What a column's heading holds that is none of the words a scoring heading is made of (the template's words:
     * 一票否决, 分值, 每次, 扣分, 类别, the category named, numbers, parentheses and commas), in order; empty when it
     * is made of them only. An allowlist: 否决异议处理人 leaves 「异议处理人」, 备注 leaves 「备注」.
     */
    static List<String> notHeadingWords(String heading, Set<String> categories) {
        // a number is one mark: the skeleton would read 0 as the letter O
        String read = read(NUMBERS.matcher(java.text.Normalizer.normalize(heading, java.text.Normalizer.Form.NFKC))
                .replaceAll("#"));
        List<String> words = new ArrayList<>(HEADING_WORDS);
        categories.stream().map(ScoringWords::read).forEach(words::add);
        words.sort((a, b) -> b.length() - a.length());
        List<String> left = new ArrayList<>();
        StringBuilder unknown = new StringBuilder();
        int i = 0;
        while (i < read.length()) {
            int word = startsOne(read, i, words);
            char c = read.charAt(i);
            if (word == 0 && (c == '#' || HEADING_MARKS.indexOf(c) >= 0)) {
                word = 1;
            }
            if (word == 0) {
                unknown.append(c);
                i++;
                continue;
            }
            if (!unknown.isEmpty()) {
                left.add(unknown.toString());
                unknown.setLength(0);
            }
            i += word;
        }
        if (!unknown.isEmpty()) {
            left.add(unknown.toString());
        }
        return left;
    }

    /** The words of the template's headings for scoring columns and what a clerk adds to them (ADR 0235). */
    private static final List<String> HEADING_WORDS = readAll("一票否决", "否决", "分值", "分数", "积分", "得分", "基础分",
            "附加分", "加分", "扣分", "减分", "罚分", "奖励分", "负分", "分", "加", "扣", "减", "罚", "类别", "本村", "项目", "项", "每次",
            "每项", "每件", "每户", "每月", "填写", "填", "写", "名称", "名", "数量", "不乘数量", "乘以", "乘", "按", "次",
            "计入", "记入", "的", "和", "及",
            // how to fill the cells in (attack tryout 14, F3: 「扣分写负数」「单位：分」)
            "负数", "正数", "单位");
    private static final Pattern NUMBERS = Pattern.compile("[0-9]+");
    private static final String HEADING_MARKS = withRead("()[],;:/+-、（）【】，；：");
}
