package org.jifen.engine;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the rules of a stored plan version run: a rule written in sentences ({@code .dslr}) expanded with the plan's
 * own {@code .dsl} (or the standard sentences), the way the upload compiled it (ADR 0214). A sentence says what its
 * {@code .dsl} makes it mean, which may not be what it seems to say; whatever shows people a rule in words takes them
 * from this text, never from the sentence.
 */
public final class ExpandedRules {

    private final @Nullable SentenceMapping sentences;

    private ExpandedRules(@Nullable SentenceMapping sentences) {
        this.sentences = sentences;
    }

    /** The sentences of a plan version, from its files as uploaded. */
    public static ExpandedRules of(List<PlanFile> planFiles) {
        List<PlanFile> dsl = PlanCompiler.withStandardDsl(planFiles).stream()
                .filter(file -> RuleSource.isDsl(file.name())).toList();
        if (dsl.isEmpty()) {
            return new ExpandedRules(null);
        }
        List<PlanProblem> problems = new ArrayList<>();
        SentenceMapping read = SentenceMapping.read(dsl, problems, null);
        return new ExpandedRules(problems.isEmpty() ? read : null);
    }

    /**
     * The DRL of one rule's text from the file it is in: expanded when the file holds sentences, as written otherwise;
     * null when its sentences cannot be expanded, or expand to anything but that one rule (ADR 0246: never words for a
     * rule from the text of another).
     */
    public @Nullable String drl(String file, String ruleText) {
        if (!RuleSource.isSentences(file)) {
            return ruleText;
        }
        if (sentences == null) {
            return null;
        }
        return RuleBoundaries.alone(file, ruleText, sentences, null);
    }
}
