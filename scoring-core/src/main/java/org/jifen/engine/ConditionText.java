package org.jifen.engine;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A condition as Drools compiled it, checked token by token before MVEL may interpret it (part of
 * {@link BuiltRuleCheck}). Allowed: literals, the fact model's properties, its methods called with such arguments,
 * a binding followed by one property or method, comparisons, arithmetic, {@code &&}, {@code ||}, {@code !} and
 * {@code contains} (Drools' spelling of {@code memberOf}). A dot anywhere else (after a call, a string, a number or
 * a name that is not a binding), any other name, and any other character are refused. Deliberately simpler than the
 * rule-file grammar and written apart from it, so that one's mistake is not the other's.
 */
final class ConditionText {

    private static final Set<String> WORDS = Set.of("true", "false", "null", "contains", "not");
    private static final List<String> OPERATORS = List.of("==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+",
            "-", "*", "/", "%", "(", ")", ",", ".");

    private ConditionText() {
    }

    /** Why the condition may not run, or null when it may. */
    static @Nullable String refusal(String text, Set<String> bindings) {
        int i = 0;
        char previous = ' ';
        String previousWord = null;
        boolean previousWasBinding = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != c) {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= text.length()) {
                    return "的字符串没有结束";
                }
                i = end + 1;
                previous = '"';
                previousWord = null;
                continue;
            }
            if (Character.isDigit(c)) {
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                previous = '0';
                previousWord = null;
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                int after = skipBlanks(text, i);
                char next = after < text.length() ? text.charAt(after) : ' ';
                boolean member = previous == '.';
                if (member && !previousWasBinding) {
                    return "在「" + previousWord + "」之后取了「" + word + "」";
                }
                if (next == '(') {
                    if (!FactModel.METHODS.contains(word)) {
                        return "调用了「" + word + "」";
                    }
                } else if (next == '.') {
                    if (member || !bindings.contains(word)) {
                        return "在「" + word + "」上继续取值";
                    }
                } else if (!(member ? FactModel.PROPERTIES.contains(word) : FactModel.PROPERTIES.contains(word)
                        || bindings.contains(word) || WORDS.contains(word))) {
                    return "用了不认识的名称「" + word + "」";
                }
                previousWasBinding = !member && next == '.';
                previousWord = word;
                previous = 'a';
                continue;
            }
            int at = i;
            String operator = OPERATORS.stream().filter(o -> text.startsWith(o, at)).findFirst().orElse(null);
            if (operator == null) {
                return "含有不允许的字符「" + c + "」";
            }
            if (c == '.' && previous != 'a') {
                return "在字符串、数字或调用之后取值";
            }
            previous = c;
            i += operator.length();
        }
        return null;
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
