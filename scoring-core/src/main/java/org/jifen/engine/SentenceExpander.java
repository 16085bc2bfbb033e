package org.jifen.engine;

import java.util.ArrayList;
import java.util.List;
import org.jifen.engine.SentenceMapping.Section;
import org.jifen.engine.SentenceMapping.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * Turns a plan written in sentences ({@code .dslr}) into DRL, line for line, in time linear in each line (ADR 0043).
 * It replaces Drools' expander, whose regular expressions backtrack: a 23 KB line of the standard sentences took
 * 196 s of CPU, and a few KB of {@code rule/when/then} lines without {@code end} never finished. The behaviour is
 * Drools' for what a plan may write: in a rule's conditions and consequence each sentence is replaced, in the order
 * of the DSL, wherever it starts at the beginning of a line or after a character that is not a letter or digit
 * ({@code [A-Za-z0-9_]}); a placeholder takes the shortest text after which the rest of the sentence follows; a
 * condition line starting with {@code -} is added to the previous fact's constraints; a line starting with
 * {@code >} is DRL as written; lines outside rules are left alone. Unlike Drools, the expanded text keeps every
 * line where it was, so that a problem's line number is the line the village wrote.
 */
final class SentenceExpander {

    /** The longest a line of sentences may be. */
    static final int MAX_LINE = 500;
    /** The longest a line may grow to by expansion (sentences whose DRL holds other sentences). */
    static final int MAX_EXPANDED_LINE = 4000;

    private enum Part { OUTSIDE, HEADER, CONDITIONS, CONSEQUENCE }

    private final String file;
    private final SentenceMapping mapping;
    private final List<PlanProblem> problems;
    private final @Nullable List<PlanProblem> besides;

    private SentenceExpander(String file, SentenceMapping mapping, List<PlanProblem> problems,
            @Nullable List<PlanProblem> besides) {
        this.file = file;
        this.mapping = mapping;
        this.problems = problems;
        this.besides = besides;
    }

    /** The DRL of the sentences, with as many lines as the text; every line that cannot be expanded is reported. */
    static String expand(String file, String text, SentenceMapping mapping, List<PlanProblem> problems) {
        return expand(file, text, mapping, problems, null);
    }

    /**
     * As above, a line that holds more than its sentence (ADR 0248) reported to {@code besides}: an upload is refused
     * for it, a stored version compiled or shown again expands it as before ({@code besides} null).
     */
    static String expand(String file, String text, SentenceMapping mapping, List<PlanProblem> problems,
            @Nullable List<PlanProblem> besides) {
        return new SentenceExpander(file, mapping, problems, besides)
                .expand(withoutBlockComments(text).split("\r?\n", -1));
    }

    private String expand(String[] lines) {
        String[] out = lines.clone();
        Part part = Part.OUTSIDE;
        int lastFact = -1;
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            if ((part == Part.OUTSIDE || part == Part.HEADER) && trimmed.startsWith("#")) {
                misplaced(i, trimmed);
                continue;
            }
            switch (part) {
                case OUTSIDE -> {
                    if (startsWithWord(trimmed, "rule")) {
                        part = startsWithWord(afterRuleName(trimmed), "when") ? Part.CONDITIONS : Part.HEADER;
                        lastFact = -1;
                    } else if (startsWithWord(trimmed, "expander")) {
                        out[i] = "";
                    }
                }
                case HEADER -> {
                    if (startsWithWord(trimmed, "when")) {
                        part = Part.CONDITIONS;
                        lastFact = -1;
                        int at = lines[i].indexOf("when") + "when".length();
                        String rest = lines[i].substring(at);
                        if (!rest.isBlank()) {
                            out[i] = lines[i].substring(0, at) + condition(out, i, rest, lastFact);
                        }
                    }
                }
                case CONDITIONS -> {
                    if (startsWithWord(trimmed, "then")) {
                        part = Part.CONSEQUENCE;
                        int at = lines[i].indexOf("then") + "then".length();
                        String rest = lines[i].substring(at);
                        if (!rest.isBlank()) {
                            out[i] = lines[i].substring(0, at) + consequence(i, rest);
                        }
                    } else {
                        int before = lastFact;
                        out[i] = condition(out, i, lines[i], lastFact);
                        lastFact = isFact(trimmed) ? i : before;
                    }
                }
                case CONSEQUENCE -> {
                    if (startsWithWord(trimmed, "end")) {
                        part = Part.OUTSIDE;
                    } else {
                        out[i] = consequence(i, lines[i]);
                    }
                }
            }
        }
        return String.join("\n", out);
    }

    /**
     * Whether the line of a rule's conditions or consequence is one that belongs elsewhere, reported at it (clerk tryout
     * 5, M2 and M5): a {@code #} note, which the rule file cannot read and which was blamed on another rule's line, and
     * an annotation ({@code @cap(25)}, also after {@code >}), which goes right under the {@code rule} line.
     */
    private boolean misplaced(int index, String trimmed) {
        String code = trimmed.startsWith(">") ? trimmed.substring(1).strip() : trimmed;
        if (trimmed.startsWith("#")) {
            problems.add(new PlanProblem(file, index + 1, "写法有误：规则文件里的注释要用 // 开头，不能用 #：「" + trimmed + "」"));
            return true;
        }
        if (code.startsWith("@")) {
            problems.add(new PlanProblem(file, index + 1, "「" + code + "」这样的标注（例如每月上限 @cap(25)）要写在 rule 那一行的"
                    + "下一行、when 的前面，不能写在条件或结论里"));
            return true;
        }
        return false;
    }

    /** A line of conditions; a {@code -} line is merged into the last fact's constraints and becomes blank. */
    private String condition(String[] out, int index, String line, int lastFact) {
        String trimmed = line.strip();
        if (misplaced(index, trimmed)) {
            return line;
        }
        if (isComment(trimmed)) {
            return line;
        }
        if (trimmed.startsWith(">")) {
            return line.replaceFirst(">", " ");
        }
        String expanded = substitute(line, Section.WHEN, index);
        if (expanded == null) {
            return line;
        }
        if (!trimmed.startsWith("-")) {
            return expanded;
        }
        int[] constraints = lastFact < 0 ? null : constraintsOf(out[lastFact]);
        if (constraints == null) {
            problems.add(new PlanProblem(file, index + 1, "以「-」开头的条件「" + trimmed + "」前面没有可以加入的事实（如「当 事件类型为 …… 时」）"));
            return line;
        }
        String fact = out[lastFact];
        String existing = fact.substring(constraints[0], constraints[1]);
        out[lastFact] = fact.substring(0, constraints[0]) + existing + (existing.isBlank() ? "" : ", ")
                + expanded.strip() + fact.substring(constraints[1]);
        return "";
    }

    private String consequence(int index, String line) {
        String trimmed = line.strip();
        if (misplaced(index, trimmed)) {
            return line;
        }
        if (isComment(trimmed)) {
            return line;
        }
        if (trimmed.startsWith(">")) {
            return line.replaceFirst(">", " ");
        }
        if (trimmed.startsWith("-")) {
            problems.add(new PlanProblem(file, index + 1, "结论不能以「-」开头：「" + trimmed + "」"));
            return line;
        }
        String expanded = substitute(line, Section.THEN, index);
        return expanded == null ? line : expanded;
    }

    /** The line with every sentence of the section replaced, or null (reported) when no sentence matched it. */
    private @Nullable String substitute(String line, Section section, int index) {
        String expanded = line;
        // which characters of the expanded line a sentence wrote: the others are what the village wrote around them
        boolean[] said = new boolean[line.length()];
        for (Sentence sentence : mapping.sentences(section)) {
            int from = 0;
            Match match;
            while (from <= expanded.length() && (match = find(expanded, sentence, from)) != null) {
                String negated = negatedNegative(sentence, match.groups);
                if (negated != null) {
                    problems.add(new PlanProblem(file, index + 1, "这一句已经是扣分，数字要写正数：「" + line.strip()
                            + "」里的「" + negated + "」请写成「" + negated.substring(1).strip() + "」，否则扣分会变成加分"));
                    return null;
                }
                String slot = SlotValues.refusal(sentence, match.groups);
                if (slot != null) {
                    String another = anotherSentenceIn(expanded, sentence, match.groups, section);
                    problems.add(new PlanProblem(file, index + 1, another != null
                            // clerk tryout 5, M4: 「当 事件类型为 "参加村民大会" 且 家庭户带有标签 "党员户" 时」
                            ? "一行只写一个条件：「" + line.strip() + "」里还夹着另一句「" + another + "」，请把它另起一行写"
                                    + "（几行条件要同时满足）"
                            : slot + "：「" + line.strip() + "」"));
                    return null;
                }
                String replacement = fill(sentence, match.groups);
                expanded = expanded.substring(0, match.start) + replacement + expanded.substring(match.end);
                said = replaced(said, match.start, match.end, replacement.length());
                from = match.start + Math.max(replacement.length(), 1);
                if (expanded.length() > MAX_EXPANDED_LINE) {
                    problems.add(new PlanProblem(file, index + 1, "这一行的句子展开后超过 " + MAX_EXPANDED_LINE
                            + " 个字符，请检查句式是否互相套用"));
                    return null;
                }
            }
        }
        if (expanded.equals(line)) {
            problems.add(new PlanProblem(file, index + 1, "这一行对不上任何句式：「" + line.strip() + "」（请对照句式表逐字检查；"
                    + "直接写 DRL 的行要以「>」开头）" + closest(line.strip(), section)));
            return null;
        }
        String around = besides == null ? "" : around(expanded, said);
        if (besides != null && !around.isEmpty()) {
            // attack tryout 14, B4: 「加 5 分 计入 "文明新风" awards.veto("平安建设");」 vetoes under a sentence that adds
            besides.add(new PlanProblem(file, index + 1, "这一行除了句子还写了别的内容（「" + around + "」）：一行只写一句，"
                    + "句子前后不能再写别的；要直接写规则代码（DRL），请另起一行，并以「>」开头：「" + line.strip() + "」"));
        }
        return expanded;
    }

    /** The marks of which characters a sentence wrote, after {@code start..end} was replaced by {@code length} of them. */
    private static boolean[] replaced(boolean[] said, int start, int end, int length) {
        boolean[] next = new boolean[said.length - (end - start) + length];
        System.arraycopy(said, 0, next, 0, start);
        java.util.Arrays.fill(next, start, start + length, true);
        System.arraycopy(said, end, next, start + length, said.length - end);
        return next;
    }

    /**
     * What the line holds besides its sentences, the parts joined by 「…」: nothing when only spaces, or a trailing
     * {@code //} comment, stand around them (a comment runs nothing).
     */
    private static String around(String expanded, boolean[] said) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i <= expanded.length(); i++) {
            if (i < expanded.length() && !said[i]) {
                if (part.toString().isBlank() && expanded.startsWith("//", i)) {
                    break;
                }
                part.append(expanded.charAt(i));
                continue;
            }
            if (!part.toString().isBlank()) {
                parts.add(part.toString().strip());
            }
            part.setLength(0);
        }
        if (!part.toString().isBlank()) {
            parts.add(part.toString().strip());
        }
        return String.join("…", parts);
    }

    /** Another sentence of the section written from a placeholder's value on, as written, or null. */
    private @Nullable String anotherSentenceIn(String line, Sentence matched, List<String> values, Section section) {
        for (String value : values) {
            int at = value.isBlank() ? -1 : line.indexOf(value);
            if (at < 0) {
                continue;
            }
            String from = line.substring(at);
            for (Sentence sentence : mapping.sentences(section)) {
                Match inside = sentence == matched ? null : find(from, sentence, 0);
                if (inside != null) {
                    return from.substring(inside.start, inside.end).strip();
                }
            }
        }
        return null;
    }

    /**
     * The sentence of the section closest to what was written, as a hint of what to write instead: spaces, quotes
     * and numbers are where clerks most often differ from the table.
     */
    private String closest(String written, Section section) {
        String quotes = written.matches(".*[“”「」『』‘’].*") ? "。引号要用英文双引号 \"，不要用 “ ” 或「」" : "";
        String meant = meant(written, section);
        if (meant != null) {
            return quotes + "。" + meant;
        }
        String best = null;
        double bestShare = 0;
        for (Sentence sentence : mapping.sentences(section)) {
            String literal = String.join("", sentence.literals()).replaceAll("[\\s\"]", "");
            long present = literal.chars().filter(c -> written.indexOf(c) >= 0).count();
            double share = literal.isEmpty() ? 0 : (double) present / literal.length();
            if (share > bestShare) {
                best = sentence.key();
                bestShare = share;
            }
        }
        return quotes + (best == null || bestShare < 0.6 ? ""
                : "。最接近的句式是「" + best.replace("{n}", "数字").replace("{category}", "类别").replace("{type}", "事件类型")
                        .replace("{tag}", "标签").replace("{name}", "属性名").replace("{value}", "值")
                        + "」，注意空格和英文双引号");
    }

    /**
     * What a clerk who wrote this in their own words most likely meant, when the plain nearest sentence would point
     * away from it (clerk tryout 5, M5, M6): a monthly cap, a month without deductions, a household without a tag.
     */
    private @Nullable String meant(String written, Section section) {
        if (written.matches(".*(上限|最多|封顶|至多).*分.*")) {
            return "每月上限不是句子：请在 rule 那一行的下一行写 @cap(25)（25 换成每月最多的分数）";
        }
        if (section == Section.WHEN && written.matches(".*(没有|无|未|没).*扣分.*") && offers(section, "本月无扣分")) {
            return "要说这个月一次扣分也没有，请写「本月无扣分」";
        }
        if (section == Section.WHEN && written.matches(".*(不是|非|没有|不带|不属于).*户.*") && written.indexOf('"') < 0
                && offers(section, "家庭户没有标签 \"{tag}\"")) {
            return "要说家庭户不带某个标签，请写「家庭户没有标签 \"标签\"」，例如「家庭户没有标签 \"党员户\"」";
        }
        return null;
    }

    private boolean offers(Section section, String key) {
        return mapping.sentences(section).stream().anyMatch(sentence -> sentence.key().equals(key));
    }

    private record Match(int start, int end, List<String> groups) {
    }

    /** The first place at or after {@code from} where the sentence matches, Drools' way, in O(line × sentence). */
    private static @Nullable Match find(String line, Sentence sentence, int from) {
        List<String> literals = sentence.literals();
        boolean dash = literals.get(0).startsWith("-");
        int[][] next = new int[literals.size()][];
        for (int start = from; start <= line.length(); start++) {
            if (start > 0 && isWordCharacter(line.charAt(start - 1))) {
                continue;
            }
            int at = matchAt(line, start, literals.get(0), dash);
            if (at < 0) {
                continue;
            }
            List<String> groups = new ArrayList<>();
            int last = literals.size() - 1;
            boolean failed = false;
            for (int i = 1; i <= last && !failed; i++) {
                if (i == last && sentence.endsWithPlaceholder()) {
                    groups.add(line.substring(at));
                    at = line.length();
                    break;
                }
                if (next[i] == null) {
                    next[i] = occurrences(line, literals.get(i), i == last);
                }
                int found = next[i][at];
                if (found < 0) {
                    return null; // not after this start, so after no later one either
                }
                groups.add(line.substring(at, found));
                at = matchAt(line, found, literals.get(i), false);
            }
            if (last == 0 && !endsCleanly(line, at)) {
                continue;
            }
            return new Match(start, at, groups);
        }
        return null;
    }

    /**
     * For every position, the first position at or after it where the literal matches (and, for the last literal,
     * is followed by the end of the line or a character that is not a letter or digit), or -1.
     */
    private static int[] occurrences(String line, String literal, boolean last) {
        int[] next = new int[line.length() + 1];
        int following = -1;
        for (int q = line.length(); q >= 0; q--) {
            int end = matchAt(line, q, literal, false);
            if (end >= 0 && (!last || endsCleanly(line, end))) {
                following = q;
            }
            next[q] = following;
        }
        return next;
    }

    /**
     * Where the literal ends if it matches at {@code at}, else -1. A run of spaces in the literal matches one or more
     * spaces (none after a leading {@code -} when {@code dash}), everything else itself.
     */
    private static int matchAt(String line, int at, String literal, boolean dash) {
        int i = at;
        int j = 0;
        while (j < literal.length()) {
            char expected = literal.charAt(j);
            if (Character.isWhitespace(expected)) {
                while (j < literal.length() && Character.isWhitespace(literal.charAt(j))) {
                    j++;
                }
                int spaces = i;
                while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                boolean optional = dash && spaces == at + 1;
                if (i == spaces && !optional) {
                    return -1;
                }
            } else {
                if (i >= line.length() || line.charAt(i) != expected) {
                    return -1;
                }
                i++;
                j++;
            }
        }
        return i;
    }

    private static boolean endsCleanly(String line, int at) {
        return at >= line.length() || !isWordCharacter(line.charAt(at));
    }

    /** A negative number where the sentence negates it itself (扣 {n} 分 is -{n}): the value written, else null. */
    private static @Nullable String negatedNegative(Sentence sentence, List<String> groups) {
        for (int i = 0; i < groups.size(); i++) {
            if (sentence.value().contains("-{" + sentence.names().get(i) + "}") && groups.get(i).strip().startsWith("-")) {
                return groups.get(i).strip();
            }
        }
        return null;
    }

    private static String fill(Sentence sentence, List<String> groups) {
        String value = sentence.value();
        for (int i = 0; i < groups.size(); i++) {
            value = value.replace("{" + sentence.names().get(i) + "}", groups.get(i));
        }
        return value;
    }

    /** Where the constraints of the first pattern on the line are: inside its first parentheses. */
    private static int @Nullable [] constraintsOf(String line) {
        int open = -1;
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                if (depth++ == 0) {
                    open = i + 1;
                }
            } else if (c == ')' && depth > 0 && --depth == 0) {
                return new int[] {open, i};
            }
        }
        return null;
    }

    private static boolean isFact(String trimmed) {
        return !trimmed.isEmpty() && !isComment(trimmed) && !trimmed.startsWith("-");
    }

    private static boolean isComment(String trimmed) {
        return trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("//");
    }

    private static boolean isWordCharacter(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private static boolean startsWithWord(String trimmed, String word) {
        return trimmed.startsWith(word) && (trimmed.length() == word.length()
                || !isWordCharacter(trimmed.charAt(word.length())));
    }

    /** What follows the rule's name on its header line, to see a {@code when} there. */
    private static String afterRuleName(String header) {
        String rest = header.substring("rule".length()).strip();
        if (rest.startsWith("\"")) {
            int close = rest.indexOf('"', 1);
            return close < 0 ? "" : rest.substring(close + 1).strip();
        }
        int space = rest.indexOf(' ');
        return space < 0 ? "" : rest.substring(space).strip();
    }

    /** Block comments blanked, keeping every line break, as Drools removes them before expanding. */
    static String withoutBlockComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("/*", i);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            int close = text.indexOf("*/", open + 2);
            int end = close < 0 ? text.length() : close + 2;
            out.append(text, i, open);
            for (int j = open; j < end; j++) {
                if (text.charAt(j) == '\n') {
                    out.append('\n');
                }
            }
            i = end;
        }
        return out.toString();
    }
}
