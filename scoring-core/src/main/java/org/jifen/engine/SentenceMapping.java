package org.jifen.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The sentences of a DSL file ({@code .dsl}): {@code [when]句子=DRL} and {@code [then]句子=DRL}, in order (ADR 0043).
 * A sentence is literal text with {@code {名称}} placeholders and nothing else: Drools would read it as a regular
 * expression ({@code {x:a*a*b}} never ends on a short line), so regular-expression characters, placeholders with a
 * pattern or a function, two placeholders without text between them, and the other sections Drools knows
 * ({@code [keyword]}, {@code [*]}, object scopes) are refused. {@link SentenceExpander} matches what remains in
 * linear time.
 */
final class SentenceMapping {

    /** Placeholders in one sentence; more is not a sentence a clerk writes. */
    static final int MAX_PLACEHOLDERS = 8;
    static final int MAX_SENTENCES = 200;
    private static final Pattern ENTRY = Pattern.compile("^\\[(when|condition|then|consequence)\\](.*)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\p{L}\\p{N}_]+)\\}");
    private static final String REGEX_CHARACTERS = "\\^$.|?*+()[]{}";

    enum Section { WHEN, THEN }

    /**
     * One sentence: the literal pieces around its placeholders ({@code literals.size() == names.size() + 1}; the
     * first and the last may be empty, the ones between placeholders may not), and the DRL it stands for.
     */
    record Sentence(Section section, String key, List<String> literals, List<String> names, String value) {

        boolean endsWithPlaceholder() {
            return !names.isEmpty() && literals.get(literals.size() - 1).isBlank();
        }
    }

    private final List<Sentence> sentences;

    private SentenceMapping(List<Sentence> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    List<Sentence> sentences(Section section) {
        return sentences.stream().filter(sentence -> sentence.section() == section).toList();
    }

    /** The sentences of the DSL files of a plan, in order; every sentence that is not of the safe form is reported. */
    static SentenceMapping read(List<PlanFile> dslFiles, List<PlanProblem> problems) {
        return read(dslFiles, problems, problems);
    }

    /**
     * As above, a village's own sentence that reads as a standard one or does not say what it scores (ADRs 0214, 0223)
     * reported to {@code atUpload}: an upload is refused for it, a stored version compiled again is not, and one read
     * to say what its rules do ({@code atUpload} null) is not compared at all.
     */
    static SentenceMapping read(List<PlanFile> dslFiles, List<PlanProblem> problems,
            @Nullable List<PlanProblem> atUpload) {
        List<Sentence> sentences = new ArrayList<>();
        for (PlanFile file : dslFiles) {
            boolean standard = atUpload == null || java.util.Arrays.equals(file.content(), StandardDsl.file().content());
            String[] lines = file.text().split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("//")) {
                    continue;
                }
                String refused = invisibleBreak(line);
                Sentence sentence = null;
                Matcher entry = ENTRY.matcher(line);
                if (refused != null) {
                    // said as what it is, not as a section the line does not have (attack tryout 14, N1)
                } else if (!entry.matches()) {
                    refused = line.startsWith("[") ? "只能写 [when] 或 [then] 句式，不支持「" + line.substring(0,
                            Math.max(line.indexOf(']') + 1, 1)) + "」" : "句式应写成 [when]句子=规则写法 或 [then]句子=规则写法";
                } else {
                    Section section = entry.group(1).toLowerCase(Locale.ROOT).matches("when|condition")
                            ? Section.WHEN : Section.THEN;
                    String rest = entry.group(2);
                    int equals = rest.indexOf('=');
                    if (rest.startsWith("[")) {
                        refused = "句式不能限定对象类型（[when][类型]）";
                    } else if (equals <= 0) {
                        refused = "句式缺少「=」：应写成 [when]句子=规则写法";
                    } else {
                        String key = rest.substring(0, equals).strip();
                        String value = rest.substring(equals + 1).strip();
                        refused = keyRefusal(key);
                        if (refused == null) {
                            sentence = sentence(section, key, value);
                            refused = valueRefusal(sentence);
                            refused = refused != null ? refused : SentenceShape.refusal(sentence);
                        }
                        String misleading = refused != null || standard || sentence == null ? null
                                : StandardSentences.refusal(sentence);
                        if (misleading != null && atUpload != null) {
                            atUpload.add(new PlanProblem(file.name(), i + 1, misleading));
                        }
                    }
                }
                if (refused != null) {
                    problems.add(new PlanProblem(file.name(), i + 1, refused));
                } else {
                    sentences.add(sentence);
                }
            }
        }
        if (sentences.size() > MAX_SENTENCES) {
            problems.add(new PlanProblem(dslFiles.get(0).name(), 0, "句式最多 " + MAX_SENTENCES + " 条，现在有 "
                    + sentences.size() + " 条"));
        }
        return new SentenceMapping(sentences);
    }

    /**
     * Why the line holds a break nobody sees (U+2028, U+2029, a lone carriage return, a vertical tab, a form feed, a
     * next-line mark), named with where it is, or null: one editor breaks the line there and another does not, so the
     * sentence read is not the one seen.
     */
    static @Nullable String invisibleBreak(String line) {
        for (int i = 0; i < line.length(); i++) {
            String name = switch (line.charAt(i)) {
                case '\u2028' -> "行分隔符 U+2028";
                case '\u2029' -> "段落分隔符 U+2029";
                case '\r' -> "回车符 U+000D";
                case '\u000B' -> "垂直制表符 U+000B";
                case '\u000C' -> "换页符 U+000C";
                case '\u0085' -> "换行符 U+0085";
                default -> null;
            };
            if (name != null) {
                String before = line.substring(Math.max(0, i - 12), i);
                return "这一行第 " + (line.codePointCount(0, i) + 1) + " 个字" + (before.isEmpty() ? "" : "（「" + before
                        + "」后面）") + "是一个看不见的换行符（" + name + "）：有的编辑器在这里换行，有的不换，看到的句式和系统读到的"
                        + "不一样。请删去它，一个句式写在一行里（常见于从网页、微信、Word 复制的文字）";
            }
        }
        return null;
    }

    /** A sentence is literal text and {名称} placeholders, separated by text; nothing that Drools reads as a pattern. */
    private static @Nullable String keyRefusal(String key) {
        if (key.isEmpty()) {
            return "句子不能是空的";
        }
        String literal = PLACEHOLDER.matcher(key).replaceAll("");
        for (char c : literal.toCharArray()) {
            if (REGEX_CHARACTERS.indexOf(c) >= 0) {
                return "句子「" + key + "」含有「" + c + "」：句子只能由文字和 {名称} 占位组成，不能含有 \\ ^ $ . | ? * + ( ) [ ] { }";
            }
        }
        Matcher placeholders = PLACEHOLDER.matcher(key);
        int count = 0;
        int previousEnd = -1;
        while (placeholders.find()) {
            count++;
            if (placeholders.start() == previousEnd) {
                return "句子「" + key + "」里两个占位之间必须有文字";
            }
            previousEnd = placeholders.end();
        }
        if (count > MAX_PLACEHOLDERS) {
            return "句子「" + key + "」的占位超过 " + MAX_PLACEHOLDERS + " 个";
        }
        if (literal.isBlank()) {
            return "句子「" + key + "」只有占位，没有文字";
        }
        return null;
    }

    private static @Nullable String valueRefusal(Sentence sentence) {
        if (sentence.value().indexOf('\\') >= 0) {
            return "句式「" + sentence.key() + "」的规则写法不能含有反斜杠（\\）";
        }
        Matcher references = Pattern.compile("\\{([^}]*)\\}").matcher(sentence.value());
        while (references.find()) {
            if (!sentence.names().contains(references.group(1))) {
                return "句式「" + sentence.key() + "」的规则写法用到了句子里没有的占位 {" + references.group(1) + "}";
            }
        }
        return null;
    }

    private static Sentence sentence(Section section, String key, String value) {
        List<String> literals = new ArrayList<>();
        List<String> order = new ArrayList<>();
        Matcher placeholders = PLACEHOLDER.matcher(key);
        int from = 0;
        while (placeholders.find()) {
            literals.add(key.substring(from, placeholders.start()));
            order.add(placeholders.group(1));
            from = placeholders.end();
        }
        literals.add(key.substring(from));
        return new Sentence(section, key, List.copyOf(literals), List.copyOf(order), value);
    }
}
