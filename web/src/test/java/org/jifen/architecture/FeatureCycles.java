package org.jifen.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * No cycles between the features, the top-level packages under a root (ADR 0141). The last four that closed cycles
 * were cut by moving code to the feature it belongs to (ADR 0185), so none is allowed any more.
 */
public final class FeatureCycles {

    private FeatureCycles() {
    }

    /** No cycles between the packages {@code root.*} (with their sub-packages). */
    public static ArchRule in(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }
}
