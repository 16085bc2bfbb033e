package org.jifen.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.rules.Awards;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;
import org.jspecify.annotations.Nullable;

/**
 * A village plan compiled once into a KieBase. Thread-safe: every run gets its own stateless session, its own
 * {@link Awards} global and its own listener that attributes each award to the rule that fired.
 */
public final class CompiledPlan {

    static final String AWARDS_GLOBAL = "awards";
    static final int MAX_CATEGORY_LENGTH = 60;

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final boolean declaresAwards;
    private final int fireLimit;
    private final @Nullable EventCatalog catalog;

    CompiledPlan(KieBase kieBase, Map<String, RuleInfo> rules, boolean declaresAwards, int fireLimit,
            @Nullable EventCatalog catalog) {
        this.kieBase = kieBase;
        this.rules = Map.copyOf(rules);
        this.declaresAwards = declaresAwards;
        this.fireLimit = fireLimit;
        this.catalog = catalog;
    }

    /** The village's event types, where the plan brings a {@code catalog.csv}. */
    public Optional<EventCatalog> catalog() {
        return Optional.ofNullable(catalog);
    }

    /** Every rule of the plan by name (names are unique within a plan). */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    public Optional<RuleInfo> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }

    /** Runs the facts through the plan and returns what the rules asked for, in firing order. */
    public List<FiredAward> fire(Collection<?> facts) {
        StatelessKieSession session = kieBase.newStatelessKieSession();
        Collector collector = new Collector();
        session.addEventListener(collector);
        if (declaresAwards) {
            session.setGlobal(AWARDS_GLOBAL, new Awards(collector));
        }
        List<Command<?>> commands = List.of(
                CommandFactory.newInsertElements(facts),
                CommandFactory.newFireAllRules(fireLimit + 1));
        try {
            session.execute(CommandFactory.newBatchExecution(commands));
        } catch (RuntimeException failure) {
            String rule = collector.current != null ? collector.current : "?";
            throw new RuleFailed(rule, "规则「" + rule + "」执行出错：" + rootMessage(failure), failure);
        }
        if (collector.firings > fireLimit) {
            throw new RuleFailed(collector.lastRule, "一次记录触发规则超过 " + fireLimit + " 次，方案可能有循环", null);
        }
        return collector.awards;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** Listens to the agenda so that each award is attributed to the rule whose consequence asked for it. */
    private static final class Collector extends DefaultAgendaEventListener implements Awards.Sink {

        private final List<FiredAward> awards = new ArrayList<>();
        private @Nullable String current;
        private String lastRule = "?";
        private int firings;

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            current = event.getMatch().getRule().getName();
            lastRule = current;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            current = null;
            firings++;
        }

        @Override
        public void accept(Awards.Kind kind, int points, String category) {
            String rule = current != null ? current : lastRule;
            String named = category == null || category.isBlank() ? "未分类" : category.strip();
            if (named.length() > MAX_CATEGORY_LENGTH) {
                throw new IllegalArgumentException("类别名称超过 " + MAX_CATEGORY_LENGTH + " 个字符：" + named);
            }
            awards.add(new FiredAward(rule, kind, points, named));
        }
    }
}
