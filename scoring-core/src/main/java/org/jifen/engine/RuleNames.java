package org.jifen.engine;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * A rule's name is the reason villagers read on the notice and the audit key of every award (ADR 0046). It must
 * look like what it is: no line breaks, control characters, zero-width, direction or other invisible format
 * characters, private-use or unassigned code points, variation selectors, no radical or stroke symbols that look
 * like ideographs (ADR 0214), and no spaces at either end; so two names that look the same on the notice are the
 * same name. Names are compared by {@link #key}, in which compatibility
 * forms (full-width letters and digits) and runs of spaces count as one.
 */
public final class RuleNames {

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
            if (radical(c)) {
                return "规则名「" + name + "」" + radicalAt(i, c);
            }
            if (lookAlike(c)) {
                return "规则名「" + name + "」的第 " + (i + 1) + " 个字符「" + new String(Character.toChars(c))
                        + "」是外文字母（" + scriptName(c) + "），看起来像汉语拼音或英文字母却不是，"
                        + "公示时会和别的规则名看起来一样：请只用汉字、英文字母、数字和标点";
            }
        }
        return null;
    }

    /**
     * A letter of a script other than Han and Latin (and the kana and bopomofo beside Han): Cyrillic А, Greek Α and
     * the like look exactly like Latin letters on a notice (found from outside: "Аbc参加" and "Abc参加" were two rules).
     */
    static boolean lookAlike(int c) {
        if (!Character.isLetter(c)) {
            return false;
        }
        return switch (Character.UnicodeScript.of(c)) {
            case HAN, LATIN, COMMON, INHERITED, HIRAGANA, KATAKANA, BOPOMOFO -> false;
            default -> true;
        };
    }

    /**
     * The code points of the CJK Radicals Supplement (⻄ U+2EC4, ⻛ U+2EDB), the Kangxi radicals (⼤ U+2F24) and the
     * CJK strokes, as a regular-expression class: they are symbols that print like the ideographs 西, 风, 大, and NFKC
     * folds only the Kangxi block, so names, types, categories and attribute values must not hold any of them.
     */
    public static final String RADICALS = "\\x{2E80}-\\x{2EFF}\\x{2F00}-\\x{2FDF}\\x{31C0}-\\x{31EF}";

    /** Whether the code point is a radical or stroke symbol ({@link #RADICALS}): it looks like an ideograph it is not. */
    static boolean radical(int c) {
        return c >= 0x2E80 && c <= 0x2EFF || c >= 0x2F00 && c <= 0x2FDF || c >= 0x31C0 && c <= 0x31EF;
    }

    /** Says, in Chinese, that the {@code index}-th code point (from 0) is a radical symbol. */
    static String radicalAt(int index, int c) {
        return "的第 " + (index + 1) + " 个字符「" + new String(Character.toChars(c)) + "」（" + String.format("U+%04X", c)
                + "）是部首或笔画符号，不是汉字，只是看起来像汉字（常见于从网页或输入法的部首表里复制的字），公示时会和用普通汉字"
                + "写的名称看起来一样：请删掉这个字，用普通输入法重新输入";
    }

    /** The index (from 0) of the first radical symbol of the text, or -1. */
    static int firstRadical(String text) {
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            if (radical(codePoints[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The script of a look-alike letter, named as a clerk would name it. */
    private static String scriptName(int c) {
        return switch (Character.UnicodeScript.of(c)) {
            case CYRILLIC -> "俄文字母";
            case GREEK -> "希腊字母";
            case ARMENIAN -> "亚美尼亚字母";
            case CHEROKEE -> "切罗基字母";
            case ARABIC -> "阿拉伯字母";
            case HANGUL -> "韩文";
            default -> "其他文字";
        };
    }

    /** The name as villagers see it, for comparing two names: NFKC, and any run of spaces as one space. */
    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }

    /** The name as villagers see it without any spaces, for finding one name inside another. */
    static String compact(String name) {
        return key(name).replace(" ", "");
    }

    /** Words before a type's name that say the deed is absent: 「无违法搭建」 is not named after 违法搭建. */
    private static final java.util.regex.Pattern ABSENT = java.util.regex.Pattern.compile("(无|没有|未|不|非|杜绝|零)$");

    /** The types (of at least two characters) a name names, leaving out those it says are absent. */
    static java.util.Set<String> typesNamed(String name, java.util.Collection<String> types) {
        String seen = compact(name);
        java.util.Set<String> named = new java.util.LinkedHashSet<>();
        for (String type : types) {
            String sought = compact(type);
            if (sought.length() < 2) {
                continue;
            }
            for (int at = seen.indexOf(sought); at >= 0; at = seen.indexOf(sought, at + 1)) {
                if (!ABSENT.matcher(seen.substring(0, at)).find()) {
                    named.add(type);
                    break;
                }
            }
        }
        return named;
    }

    /**
     * Whether a name speaks of a type: it names the type, or one of {@code named} holds the type's name (「垃圾分类检查」
     * for 垃圾分类检查合格), or, outside the named types' own words, it has four characters in a row of the type's
     * name (「参加村民大会或小组会议」 for 参加村民小组会议; attack tryout 19, F7).
     */
    static boolean speaksOf(String name, java.util.Collection<String> named, String type) {
        String sought = compact(type);
        if (typesNamed(name, java.util.List.of(type)).contains(type)
                || named.stream().anyMatch(own -> sought.contains(compact(own)))) {
            return true;
        }
        String rest = compact(name);
        for (String own : named) {
            rest = rest.replace(compact(own), "\u0000");
        }
        return longestCommon(rest, sought) >= Math.min(4, sought.length());
    }

    /**
     * Another type a name says in part while it has nothing of its own type (attack tryout 19, F10: 「村民大会」 on a rule
     * vetoing 违法搭建; 19b, G6: 「参加大会」): four characters of the other type's name in its order, not necessarily
     * in a row (all of a shorter one), and not two in a row of its own.
     */
    static java.util.Optional<String> paraphrasesAnotherType(String name, String type,
            java.util.Collection<String> types) {
        String seen = compact(name);
        if (longestCommon(seen, compact(type)) >= Math.min(2, compact(type).length())) {
            return java.util.Optional.empty();
        }
        return types.stream().filter(other -> !other.equals(type) && compact(other).length() >= 2
                && inOrder(seen, compact(other)) >= Math.min(4, compact(other).length())).findFirst();
    }

    /** How many characters the two texts share in the same order, gaps allowed (their longest common subsequence). */
    static int inOrder(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    /** The length of the longest run of characters the two texts share. */
    static int longestCommon(String a, String b) {
        int longest = 0;
        int[] previous = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    current[j] = previous[j - 1] + 1;
                    longest = Math.max(longest, current[j]);
                }
            }
            previous = current;
        }
        return longest;
    }

    /**
     * Another of the plan's event types that a name (a rule's, a catalog 名称) names while it does not name its own
     * type (attack tryout 16, K1; ADR 0256). A name holding its own type's stem (「垃圾分类检查（不合格）」 for
     * 垃圾分类检查不合格) is not said to name that stem's type.
     */
    static java.util.Optional<String> namesAnotherType(String name, String type, java.util.Collection<String> types) {
        String seen = compact(name);
        String own = compact(type);
        if (seen.contains(own)) {
            return java.util.Optional.empty();
        }
        return types.stream().filter(other -> !other.equals(type) && compact(other).length() >= 2
                && seen.contains(compact(other)) && !own.contains(compact(other))).findFirst();
    }

    static boolean invisible(int c) {
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
