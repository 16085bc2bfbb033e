package org.jifen.engine;

import java.util.function.BiConsumer;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * How much a rule's conditions ask Drools to build and to test for every fact: each comparison is a term, and each
 * {@code ||} or {@code &&} inside a condition joins one more (outside quoted text). Counted on the parse that the
 * rule-file check has already admitted, before anything is built (ADR 0192): a plan's memory once compiled, and the
 * time an event takes, grow with its terms.
 */
final class ConditionTerms {

    private ConditionTerms() {
    }

    /** The rule's terms; {@code eachCondition} is told each condition's own expression and terms. */
    static int of(RuleDescr rule, BiConsumer<ExprConstraintDescr, Integer> eachCondition) {
        return of(rule.getLhs(), eachCondition);
    }

    private static int of(BaseDescr descr, BiConsumer<ExprConstraintDescr, Integer> eachCondition) {
        if (descr instanceof PatternDescr pattern) {
            int terms = 1;
            if (pattern.getSource() instanceof AccumulateDescr accumulate && accumulate.getInput() != null) {
                terms += of(accumulate.getInput(), eachCondition);
            }
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expression) {
                    int own = of(expression.getExpression());
                    eachCondition.accept(expression, own);
                    terms += own;
                }
            }
            return terms;
        }
        int terms = 0;
        if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                terms += of(child, eachCondition);
            }
        }
        return terms;
    }

    /**
     * One plus each {@code ||} and {@code &&} outside quoted text, and each value after the first of an {@code in}
     * list: Drools tests {@code type in ("a", "b", "c")} as three comparisons, so nine thousand values are nine
     * thousand terms, not one (attack tryout 13, A5).
     */
    static int of(String expression) {
        int terms = 1;
        boolean quoted = false;
        int listDepth = -1;
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"' && (i == 0 || expression.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if ((c == '|' || c == '&') && i + 1 < expression.length() && expression.charAt(i + 1) == c) {
                terms++;
                i++;
            } else if (c == '(') {
                depth++;
                if (listDepth < 0 && opensInList(expression, i)) {
                    listDepth = depth;
                }
            } else if (c == ')') {
                if (depth == listDepth) {
                    listDepth = -1;
                }
                depth--;
            } else if (c == ',' && depth == listDepth) {
                terms++;
            }
        }
        return terms;
    }

    /** Whether the parenthesis at {@code at} opens the values of an {@code in} (or {@code not in}). */
    private static boolean opensInList(String expression, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(expression.charAt(end - 1))) {
            end--;
        }
        return end >= 2 && expression.startsWith("in", end - 2)
                && (end == 2 || !Character.isJavaIdentifierPart(expression.charAt(end - 3)));
    }
}
