package org.jifen.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.List;
import java.util.Optional;

/**
 * No cycles between the features (the top-level packages under a root), but for the dependencies listed here, which
 * close cycles today (ADR 0141). The list only shrinks: {@code ApplicationArchitectureTest} fails when a listed
 * dependency no longer exists, so cutting one means deleting its line, and a new cycle fails the build.
 */
public final class FeatureCycles {

    /**
     * The fewest class-to-class dependencies (40, measured) whose removal leaves the features without a cycle: the
     * features in the order village, access, web, evidence, finalisation, group, household, plan, scoring, month,
     * evaluation, activation, audit, balance, fund, books, notice, trace, review, objection, card (lowest first),
     * and these are the dependencies that point up that order. All but one start in a feature's pages.
     */
    public static final List<String> STILL_TO_CUT = List.of(
            "evidence -> scoring", // evidence of a BehaviourEvent, while finalisation keeps its sheets as evidence files
            "plan -> activation", // plan.web.PlanController activates
            "plan -> evaluation", // plan.web.PlanController simulates
            "notice -> objection"); // notice.web.QuarterPages

    private FeatureCycles() {
    }

    /** No cycles between the packages {@code root.*} (with their sub-packages), but for {@code allowed}. */
    public static ArchRule between(String root, List<String> allowed) {
        SliceRule rule = slices().matching(root + ".(*)..").should().beFreeOfCycles();
        for (String dependency : allowed) {
            String[] features = dependency.split(" -> ");
            rule = rule.ignoreDependency(resideInAPackage(root + "." + features[0] + ".."),
                    resideInAPackage(root + "." + features[1] + ".."));
        }
        return rule;
    }

    /** The feature a package belongs to under the root: its first name below it. */
    public static Optional<String> feature(String root, String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return Optional.empty();
        }
        String below = packageName.substring(root.length() + 1);
        int dot = below.indexOf('.');
        return Optional.of(dot < 0 ? below : below.substring(0, dot));
    }
}
