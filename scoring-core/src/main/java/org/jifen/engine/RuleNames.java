package org.jifen.engine;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * A rule's name is the reason villagers read on the notice and the audit key of every award (ADR 0046). It must
 * look like what it is: no line breaks, control characters, zero-width, direction or other invisible format
 * characters, private-use or unassigned code points, variation selectors, and no spaces at either end; so two names
 * that look the same on the notice are the same name. Names are compared by {@link #key}, in which compatibility
 * forms (full-width letters and digits) and runs of spaces count as one.
 */
final class RuleNames {

    static final int MAX_LENGTH = 200;

    private RuleNames() {
    }

    /** Why the name cannot be a rule's name, in Chinese, or null. */
    static @Nullable String refusal(String name) {
        if (name.isBlank()) {
            return "规则名不能是空的";
        }
        if (name.length() > MAX_LENGTH) {
            return "规则名超过 " + MAX_LENGTH + " 个字符，请缩短";
        }
        if (!name.equals(name.strip())) {
            return "规则名「" + name.strip() + "」的开头或结尾有空格，请删去";
        }
        int[] codePoints = name.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (invisible(c)) {
                return "规则名「" + visible(name) + "」的第 " + (i + 1) + " 个字符是看不见的字符（"
                        + String.format("U+%04X", c) + "），公示时会和别的规则名看起来一样，请删去";
            }
            if (lookAlike(c)) {
                return "规则名「" + name + "」的第 " + (i + 1) + " 个字符「" + new String(Character.toChars(c))
                        + "」是外文字母（" + Character.UnicodeScript.of(c) + "），看起来像汉语拼音或英文字母却不是，"
                        + "公示时会和别的规则名看起来一样：请只用汉字、英文字母、数字和标点";
            }
        }
        return null;
    }

    /**
     * A letter of a script other than Han and Latin (and the kana and bopomofo beside Han): Cyrillic А, Greek Α and
     * the like look exactly like Latin letters on a notice (found from outside: "Аbc参加" and "Abc参加" were two rules).
     */
    private static boolean lookAlike(int c) {
        if (!Character.isLetter(c)) {
            return false;
        }
        return switch (Character.UnicodeScript.of(c)) {
            case HAN, LATIN, COMMON, INHERITED, HIRAGANA, KATAKANA, BOPOMOFO -> false;
            default -> true;
        };
    }

    /** The name as villagers see it, for comparing two names: NFKC, and any run of spaces as one space. */
    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }

    private static boolean invisible(int c) {
        if (c == ' ' || c == '\u3000') {
            return false;
        }
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isISOControl(c)
                || type == Character.FORMAT || type == Character.CONTROL || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SPACE_SEPARATOR
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    }

    private static String visible(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().forEach(c -> shown.append(invisible(c) ? "�" : new String(Character.toChars(c))));
        return shown.toString();
    }
}
