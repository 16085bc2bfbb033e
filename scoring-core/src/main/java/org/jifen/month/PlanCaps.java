package org.jifen.month;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jifen.engine.CapWindow;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.RuleInfo;
import org.jifen.plan.RuleSetRule;
import org.jspecify.annotations.Nullable;

/**
 * The caps one plan version writes, by rule name: the only caps a month it governs knows (ADR 0057). A rule the
 * version does not cap counts in full, whatever another version wrote for a rule of the same name.
 */
public record PlanCaps(Map<String, Written> byRule) {

    /** A rule's {@code @cap}, {@code @capPer} and {@code @capBy} as written. */
    public record Written(int limit, CapWindow window, @Nullable String by) {

        public Written(int limit, CapWindow window) {
            this(limit, window, null);
        }
    }

    /** A month no version governs: nothing is capped. */
    public static final PlanCaps NONE = new PlanCaps(Map.of());

    public PlanCaps {
        byRule = Map.copyOf(byRule);
    }

    /** The caps of a stored version. */
    public static PlanCaps of(Collection<RuleSetRule> rules) {
        Map<String, Written> caps = new HashMap<>();
        rules.stream().filter(rule -> rule.getCap() != null)
                .forEach(rule -> caps.put(rule.getName(), new Written(rule.getCap(), rule.getCapWindow(), rule.getCapBy())));
        return new PlanCaps(caps);
    }

    /** The caps of a compiled version. */
    public static PlanCaps of(CompiledPlan plan) {
        Map<String, Written> caps = new HashMap<>();
        for (RuleInfo rule : plan.rules().values()) {
            if (rule.cap() != null) {
                caps.put(rule.name(), new Written(rule.cap(), rule.capWindow(), rule.capBy()));
            }
        }
        return new PlanCaps(caps);
    }
}
