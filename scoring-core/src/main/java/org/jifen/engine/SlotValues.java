package org.jifen.engine;

import java.util.List;
import java.util.regex.Pattern;
import org.jifen.engine.SentenceMapping.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * What a clerk may write in a sentence's placeholder (ADR 0246): the value is pasted into code, so it is held to
 * its kind before it is. A placeholder that its sentence's DRL quotes ({@code "{type}"}) is a name: letters, digits,
 * spaces and the few marks a village's names use, never a quote, backslash, bracket, semicolon or line break, so it
 * cannot leave its string. Any other placeholder stands in code and is a number: digits only, bounded, without a
 * leading zero (Java reads {@code 010} as 8), so {@code 0-5} or {@code 1, "x"); awards.veto(...} is no number.
 */
final class SlotValues {

    /** The most digits a number placeholder takes: points are bounded far below, counts and quantities too. */
    static final int MAX_DIGITS = 6;
    private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]{0," + (MAX_DIGITS - 1) + "}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} \\-_·・.、（）《》—]*");

    private SlotValues() {
    }

    /** Why a value written in a placeholder of the sentence may not be expanded, or null. */
    static @Nullable String refusal(Sentence sentence, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String name = sentence.names().get(i);
            String value = values.get(i);
            if (quoted(sentence.value(), name)) {
                if (!NAME.matcher(value).matches()) {
                    return "「" + value + "」写在句子的名称位置（" + slot(name) + "），名称只能由文字、数字、空格和 - _ · . 、（ ）《 》"
                            + "这些符号组成，不能有引号、反斜杠、英文括号、分号、换行等符号：这些符号会让名称变成规则写法";
                }
            }
            if (inCode(sentence.value(), name) && !NUMBER.matcher(value.strip()).matches()) {
                String written = value.strip();
                String halfWidth = java.text.Normalizer.normalize(written, java.text.Normalizer.Form.NFKC);
                if (NUMBER.matcher(halfWidth).matches()) {
                    // clerk tryout 5, L1: say what a full-width digit is and how to type it
                    return "「" + written + "」写在句子的数字位置（" + slot(name) + "），是全角数字（中文输入法打出来的）：请切换到"
                            + "半角（英文）输入，写成「" + halfWidth + "」";
                }
                boolean minus = halfWidth.contains("-") && !sentence.value().contains("-" + slot(name));
                return "「" + written + "」写在句子的数字位置（" + slot(name) + "），这里只能写不超过 " + MAX_DIGITS
                        + " 位的阿拉伯数字（如 5、20），不能写负号、算式、小数、中文数字或别的内容"
                        + (minus ? "；扣分请用写明「扣」的句子" : "");
            }
        }
        return null;
    }

    private static String slot(String name) {
        return "{" + name + "}";
    }

    /** Whether the placeholder occurs inside a quoted string of the DRL. */
    private static boolean quoted(String drl, String name) {
        return occurrences(drl, name, true);
    }

    /** Whether the placeholder occurs outside every quoted string of the DRL. */
    static boolean inCode(String drl, String name) {
        return occurrences(drl, name, false);
    }

    private static boolean occurrences(String drl, String name, boolean inString) {
        String placeholder = slot(name);
        char quote = 0;
        for (int i = 0; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (drl.startsWith(placeholder, i) && (quote != 0) == inString) {
                return true;
            }
            if (quote != 0 && c == quote) {
                quote = 0;
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            }
        }
        return false;
    }
}
