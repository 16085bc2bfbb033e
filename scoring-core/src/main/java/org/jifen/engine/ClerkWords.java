package org.jifen.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The parser's and the compiler's messages in a clerk's words (ADR 0091): Drools answers in ANTLR and Java terms
 * ({@code [ERR 102] Line 6:0 mismatched input '<eof>' in rule "x"}, {@code y cannot be resolved}), which say nothing
 * to a village clerk. Known messages are translated into what is wrong and what to write instead; whatever still
 * carries an engine word after that is replaced by a plain sentence, so that no engine word reaches a clerk.
 */
final class ClerkWords {

    /** What a clerk must never read: parser and compiler terms, a template's placeholders, line 0. */
    static final Pattern ENGINE_WORDS = Pattern.compile("(?i)\\bERR\\b|\\[ERR|viable|mismatched|extraneous|expecting"
            + "|unable to|duplicate|cannot be resolved|compilation error|\\$\\d|\\bline \\d|第 0 行|<eof>");

    private static final Pattern INPUT = Pattern.compile("input '((?:[^']|'(?!\\s|$))*)'");
    private static final Pattern RULE = Pattern.compile("in rule \"?([^\"]*)\"?");
    private static final Pattern MISSING = Pattern.compile("missing (\\S+) at '([^']*)'");
    private static final Pattern UNRESOLVED = Pattern.compile("(\\S+) cannot be resolved");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']*)'");

    private ClerkWords() {
    }

    /** A parser error ({@code DroolsParserException}, {@code ParserError}) as a clerk can act on it. */
    static String syntax(String message) {
        String rule = group(RULE, message);
        String where = rule == null || rule.isBlank() ? "" : "规则「" + rule + "」";
        String input = group(INPUT, message);
        Matcher missing = MISSING.matcher(message);
        if (message.contains("<eof>") || message.contains("<EOF>")) {
            return where + "没有写完就到了文件结尾：每条规则要以 rule \"名称\" 开头、以单独一行的 end 结束，"
                    + "请检查是否少了 end，或者括号、引号没有成对";
        }
        if (missing.find()) {
            return where + "写法有误：在「" + missing.group(2) + "」前面少了「" + missing.group(1).replace("'", "")
                    + "」，请检查括号、引号是否成对";
        }
        if (input != null && (input.equals("then") || input.equals("end") || input.equals("when"))) {
            return where + "写法有误：读到「" + input + "」时前面的内容没有写完，请检查上一行的括号、引号是否成对";
        }
        if ("#".equals(input)) {
            return where + "写法有误：规则文件里的注释要用 // 开头，不能用 #";
        }
        if (input != null && !input.isBlank()) {
            return where + "写法有误，读到「" + input + "」时看不懂：请检查这里的括号、引号、逗号是否成对，"
                    + "规则名是否放在英文双引号里（例如 rule \"参加村民大会\"）";
        }
        return where + "写法有误，系统看不懂这一行：最常见的是用了中文标点，条件和分值里的引号、括号、逗号、分号要用"
                + "英文的 \" ( ) , ;（不要用 “ ” （ ） ， ；）；也请检查括号、引号是否成对，rule、when、then、end 是否齐全";
    }

    /** A compiler error of one rule as a clerk can act on it. */
    /**
     * The compiler's message for a file: the sentences' advice only for a sentence file (tryout 3, M6: a DRL file
     * writing {@code count(type)} was told about 「- 属性」 lines it never had).
     */
    static String compilation(String message, boolean sentences) {
        if (!sentences && message.contains("Unable to Analyse Expression")) {
            return "条件写法有误，系统看不懂这个条件：条件里只能用规则手册第 3 节列出的属性和方法，请对照检查拼写和括号，"
                    + "例如本月次数写 count(\"参加村民大会\")（类型要加英文双引号）";
        }
        return compilation(message);
    }

    static String compilation(String message) {
        Matcher objectType = OBJECT_TYPE.matcher(message);
        if (objectType.find()) {
            return "条件里的「" + objectType.group(1) + "」认不出来：文件开头少了规则手册里的 import 那几行（照样复制到"
                    + "文件开头）；条件只能写事件（Event）、家庭户（Household）、月度汇总（MonthSummary）";
        }
        Matcher unresolved = UNRESOLVED.matcher(message);
        if (unresolved.find()) {
            String name = unresolved.group(1);
            return "规则里的「" + name + "」没有定义：" + (name.startsWith("$")
                    ? "分值里用到的 " + name + " 要在条件里先写出来，例如 " + name + " : Event( type == \"参加村民大会\" )"
                    : name.equals("awards") ? "文件开头少了规则手册里的 global 那一行（照样复制到文件开头）" : "请检查拼写");
        }
        if (message.contains("to complete")) {
            return "结论的一句没有写完：每句末尾要有英文分号「;」，括号要成对";
        }
        if (message.contains("++/--")) {
            return "「加 … 分」「扣 … 分」里的数字要写正数，例如「扣 2 分 计入 \"人居环境\"」，不要写「扣 -2 分」";
        }
        if (message.contains("Cannot cast") || message.contains("cannot convert")) {
            return "分值必须是整数：事件的属性请用 $e.intAttr(\"属性名\")，统计结果请用 $n.intValue()";
        }
        if (message.contains("date-effective") || message.contains("date-expires")) {
            return "日期写法不对：date-effective、date-expires 要写成 1-Jul-2024 这样；按月份生效请改用条件 "
                    + "month >= \"2024-07\"";
        }
        if (message.contains("Unable to Analyse Expression")) {
            return "条件用错了地方：「- 属性 …」「- 已勾选 …」这类条件只能紧跟在事件那一句的下一行，不能跟在家庭户或本月"
                    + "那一句后面";
        }
        return "规则写法有误，系统无法把它变成计分规则：请检查这条规则的条件和分值是否照规则手册的写法";
    }

    /** The message, or a plain sentence in its place where it still carries an engine word. */
    static String plain(String message) {
        if (!ENGINE_WORDS.matcher(message).find()) {
            return message;
        }
        return "这里写法有误，系统看不懂：请对照规则手册检查这一行（括号、引号是否成对，分值是不是整数，"
                + "规则名是否放在英文双引号里）";
    }

    static List<PlanProblem> plain(List<PlanProblem> problems) {
        return problems.stream().map(problem -> new PlanProblem(problem.file(), problem.line(), problem.cell(),
                plain(problem.message()))).toList();
    }

    private static @Nullable String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
