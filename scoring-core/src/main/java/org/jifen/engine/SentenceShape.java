package org.jifen.engine;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.engine.SentenceMapping.Section;
import org.jifen.engine.SentenceMapping.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * What a sentence of a {@code .dsl} may stand for (ADR 0246): a {@code [when]} sentence a condition, a {@code [then]}
 * sentence a consequence, and nothing that ends its rule or starts another (attack tryout 13, A1, A2: a sentence
 * whose DRL went on {@code end rule "暗规则" when … then awards.add(100, …)} scored a rule that no line of the plan
 * declares). Read outside quoted text, whose placeholders {@link SlotValues} keeps inside: no word that opens or
 * closes a part of a rule file, no comment that could hide the rest of a line or the lines after it, brackets and
 * quotes that close on the sentence's own line, and no award in a condition.
 */
final class SentenceShape {

    private static final Set<String> STRUCTURE = Set.of("rule", "end", "when", "then", "query", "function", "declare",
            "import", "package", "global", "template");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[\\p{L}\\p{N}_]+\\}");

    private SentenceShape() {
    }

    /** Why the sentence's DRL is not one condition or one consequence, or null. */
    static @Nullable String refusal(Sentence sentence) {
        String what = sentence.section() == Section.WHEN ? "条件" : "结论";
        String code = outsideQuotes(PLACEHOLDER.matcher(sentence.value()).replaceAll("0"));
        if (code == null) {
            return "句式「" + sentence.key() + "」的规则写法里引号没有配对：一句的规则写法只能是一个" + what;
        }
        if (code.contains("//") || code.contains("/*") || code.contains("*/") || code.indexOf('#') >= 0) {
            return "句式「" + sentence.key() + "」的规则写法里有注释符号（// /* */ #）：注释会藏起这一行后面或以后几行的内容";
        }
        Matcher words = WORD.matcher(code);
        while (words.find()) {
            String word = words.group();
            if (STRUCTURE.contains(word)) {
                return "句式「" + sentence.key() + "」的规则写法里有「" + word + "」：一句的规则写法只能是一个" + what
                        + "，不能结束这条规则或开始另一条规则（rule、when、then、end 等只能写在规则文件里，不能写在句式里）";
            }
            if (sentence.section() == Section.WHEN && word.equals("awards")) {
                return "句式「" + sentence.key() + "」是条件句（[when]），规则写法里却有计分（awards）：条件句只能写条件，"
                        + "加分、扣分和一票否决要写在结论句（[then]）里";
            }
        }
        String unbalanced = unbalanced(code);
        return unbalanced == null ? null : "句式「" + sentence.key() + "」的规则写法里括号没有配对（「" + unbalanced
                + "」）：一句的规则写法只能是一个完整的" + what;
    }

    /** The DRL with its quoted text emptied, or null when a quote does not close. */
    private static @Nullable String outsideQuotes(String drl) {
        StringBuilder out = new StringBuilder(drl.length());
        char quote = 0;
        for (int i = 0; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                    out.append(c);
                }
            } else {
                if (c == '"' || c == '\'') {
                    quote = c;
                }
                out.append(c);
            }
        }
        return quote == 0 ? out.toString() : null;
    }

    /** The first bracket that does not close (or closes what it did not open), or null. */
    private static @Nullable String unbalanced(String code) {
        StringBuilder open = new StringBuilder();
        for (char c : code.toCharArray()) {
            int opening = "([{".indexOf(c);
            int closing = ")]}".indexOf(c);
            if (opening >= 0) {
                open.append(c);
            } else if (closing >= 0) {
                if (open.isEmpty() || open.charAt(open.length() - 1) != "([{".charAt(closing)) {
                    return String.valueOf(c);
                }
                open.setLength(open.length() - 1);
            }
        }
        return open.isEmpty() ? null : String.valueOf(open.charAt(open.length() - 1));
    }
}
