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
     * The feature dependencies whose removal leaves the features without a cycle, the fewest (4, of 18
     * class-to-class dependencies; 21 of 47 on 2026-12-01 before ADR 0141): they point up the order evidence,
     * finalisation, plan, scoring, month, evaluation, activation and notice, objection (lowest first). ADR 0141 says
     * how each could go.
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
