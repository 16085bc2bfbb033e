package org.jifen.engine;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a clerk is told about a plan file's name: the characters that cannot be in it, or the ending it needs, with
 * the name it should have. A spreadsheet saved twice by a browser ("积分方案.drl(1).xlsx") is the usual case (clerk
 * tryout 3, finding 13).
 */
final class FileNames {

    static final int MAX_LENGTH = 120;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}_.\\- ]");
    /** A browser's copy number, "(1)" or "（2）", anywhere in the name. */
    private static final Pattern COPY_NUMBER = Pattern.compile("\\s*[(（]\\d+[)）]");

    private FileNames() {
    }

    static String badName(String name) {
        if (name.isBlank()) {
            return "文件没有名字：请给文件起一个名字（例如「积分方案.drl.xlsx」）后再上传，方案按文件名的结尾认出每个文件是什么";
        }
        String bad = name.codePoints().mapToObj(Character::toString).filter(c -> !ALLOWED.matcher(c).matches())
                .distinct().map(FileNames::shown).collect(Collectors.joining(""));
        if (bad.isEmpty() && !name.startsWith(".")) {
            return "文件名太长：最多 " + MAX_LENGTH + " 个字，请改短后再上传";
        }
        String said = bad.isEmpty() ? "文件名不能以点开头" : "文件名里的" + bad + "不能用";
        String renamed = suggested(name);
        return said + "：文件名只能包含文字、数字、空格、下划线、点和连字符。"
                + (renamed.equals(name) ? "请改名后再上传" : "请改名为「" + renamed + "」后再上传");
    }

    static String unsupported(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String sheet : new String[] {".xlsx", ".xls", ".csv"}) {
            if (lower.endsWith(sheet)) {
                String renamed = name.substring(0, name.length() - sheet.length()).replaceFirst("(?i)\\.drl$", "")
                        + ".drl" + sheet;
                String besides = sheet.equals(".csv") ? "规则测试表以「.test.csv」结尾，事件类型清单叫 catalog.csv"
                        : "事件类型清单除外，它叫 catalog.csv";
                return "表格要以「.drl" + sheet + "」结尾才能当作积分方案读取（" + besides + "）："
                        + "请把文件改名为「" + renamed + "」后再上传";
            }
        }
        return "这种文件不能作为积分方案上传：积分方案是以 .drl.xlsx（或 .drl.csv）结尾的表格，也可以是规则文件"
                + "（.drl、.dslr、.dsl）；规则测试以 .test.yaml 或 .test.csv 结尾；事件类型清单叫 catalog.csv";
    }

    /** The name without a browser's copy number and the characters that cannot be in it. */
    private static String suggested(String name) {
        String plain = COPY_NUMBER.matcher(name).replaceAll("");
        String kept = plain.codePoints().mapToObj(Character::toString).filter(c -> ALLOWED.matcher(c).matches())
                .collect(Collectors.joining()).replaceAll("^\\.+", "");
        return kept.isBlank() ? name : kept;
    }

    /** A character as a clerk can see it: invisible ones by their code. */
    private static String shown(String character) {
        int c = character.codePointAt(0);
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT
                ? "「U+" + String.format("%04X", c) + "」" : "「" + character + "」";
    }
}
