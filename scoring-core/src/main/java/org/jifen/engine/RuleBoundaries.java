package org.jifen.engine;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.jspecify.annotations.Nullable;

/**
 * The second wall around sentences (ADR 0246), which holds whatever a sentence or a placeholder expands to: a file of
 * sentences ({@code .dslr}) runs exactly the rules its own {@code rule "…"} lines declare, in their order and on
 * those lines, and each rule's text expanded alone is that one rule and nothing else. The plan page, the diff and an
 * award's trace read a rule from its text alone ({@link ExpandedRules}); a rule that only the expansion of another
 * rule's sentence declared has no text of its own (attack tryout 13, A1), so it is never stored.
 */
final class RuleBoundaries {

    private static final Pattern RULE_LINE = Pattern.compile("rule(?![A-Za-z0-9_])\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");

    private RuleBoundaries() {
    }

    private record Declared(int line, String name) {
    }

    /** What the parse of the file's expansion has that its own rule lines do not declare, each at its line. */
    static List<PlanProblem> check(String file, String written, PackageDescr expanded, SentenceMapping sentences) {
        List<Declared> declared = declared(written);
        List<Declared> parsed = expanded.getRules().stream()
                .map(rule -> new Declared(rule.getLine(), rule.getName())).toList();
        List<PlanProblem> problems = new ArrayList<>();
        if (!declared.equals(parsed)) {
            for (int i = 0; i < Math.max(declared.size(), parsed.size()); i++) {
                Declared own = i < declared.size() ? declared.get(i) : null;
                Declared runs = i < parsed.size() ? parsed.get(i) : null;
                if (own != null && own.equals(runs)) {
                    continue;
                }
                int line = runs != null ? runs.line() : own.line();
                problems.add(new PlanProblem(file, line, runs == null
                        ? "规则「" + own.name() + "」展开句式以后不见了：句式展开后不能结束或合并规则"
                        : "第 " + runs.line() + " 行的句式展开以后成了另一条规则「" + runs.name() + "」，这一行并没有写"
                                + " rule \"" + runs.name() + "\"：句式只能是一个条件或一个结论，不能结束这条规则、开始另一条规则"
                                + "（方案页面和积分明细看不到这样的规则）。请检查本村句式文件（.dsl）和这一行写在句子里的内容"));
                return problems;
            }
        }
        String[] lines = written.split("\r?\n", -1);
        for (RuleDescr rule : expanded.getRules()) {
            if (alone(file, PlanCompiler.source(lines, rule), sentences, rule.getName()) == null) {
                problems.add(new PlanProblem(file, rule.getLine(), "规则「" + rule.getName() + "」单独展开句式以后不是这一条规则"
                        + "：句式只能是一个条件或一个结论，不能结束这条规则、开始另一条规则或写规则以外的内容"));
            }
        }
        return problems;
    }

    /**
     * The DRL of one rule's text in sentences, when it expands and parses to that one rule (named {@code name} unless
     * null) and nothing else; otherwise null.
     */
    static @Nullable String alone(String file, String ruleText, SentenceMapping sentences, @Nullable String name) {
        List<PlanProblem> problems = new ArrayList<>();
        String drl = SentenceExpander.expand(file, ruleText, sentences, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            PackageDescr descr = parser.parse(false, new StringReader(drl));
            boolean one = !parser.hasErrors() && descr != null && descr.getRules().size() == 1
                    && descr.getFunctions().isEmpty() && descr.getGlobals().isEmpty() && descr.getImports().isEmpty()
                    && descr.getTypeDeclarations().isEmpty() && descr.getEnumDeclarations().isEmpty()
                    && (name == null || name.equals(descr.getRules().get(0).getName()));
            return one ? drl : null;
        } catch (DroolsParserException | RuntimeException | StackOverflowError unreadable) {
            return null;
        }
    }

    /** The rules the file's own lines declare: a line that starts with {@code rule}, outside block comments. */
    private static List<Declared> declared(String written) {
        String[] lines = SentenceExpander.withoutBlockComments(written).split("\r?\n", -1);
        List<Declared> declared = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher rule = RULE_LINE.matcher(lines[i].strip());
            if (rule.lookingAt()) {
                String name = rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2) : rule.group(3);
                declared.add(new Declared(i + 1, name));
            }
        }
        return declared;
    }
}
