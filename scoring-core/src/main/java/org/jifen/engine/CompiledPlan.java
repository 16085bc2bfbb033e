package org.jifen.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jifen.rules.Awards;
import org.jifen.rules.Event;
import org.jifen.rules.MonthSummary;
import org.kie.api.KieServices;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.time.SessionPseudoClock;
import org.jspecify.annotations.Nullable;

/**
 * A village plan compiled once into a KieBase. Thread-safe: every run gets its own session, its own {@link Awards}
 * global and its own listener that attributes each award to the rule that fired.
 *
 * <p>A run is bounded (ADR 0047): at most {@link PlanLimits#fireLimit()} firings, at most
 * {@link PlanLimits#fireTime()} of CPU, at most {@link #MAX_AWARDS_PER_RUN} awards, and each award at most
 * {@link #MAX_AWARD_POINTS} points either way. Past any
 * of these the run is a plan fault naming its rule, and nothing of it is used. A watchdog halts the session at ten
 * times the time limit, so that not even a misbehaving plan keeps a request thread.
 */
public final class CompiledPlan {

    static final String AWARDS_GLOBAL = "awards";
    static final int MAX_CATEGORY_LENGTH = 60;
    /** The most points one award may be, either way: ten months' full score of base points. */
    public static final int MAX_AWARD_POINTS = 1000;
    /**
     * The most awards one run may give. Far above what a plan means (one event: an award and perhaps a bonus; one
     * household's month-end: one per month-end rule), it stops a plan whose {@code or} branches multiply one event
     * into thousands of ledger entries that every later answer, page and chain check would carry.
     */
    public static final int MAX_AWARDS_PER_RUN = 100;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ScheduledExecutorService WATCHDOG = watchdog();
    /** A session whose clock stands where it is set: at the day of the facts, not the server's (ADR 0250). */
    private static final KieSessionConfiguration DAY_OF_THE_FACTS = dayOfTheFacts();

    /** The ledger's {@code award.cap_key} length. */
    private static final int MAX_CAP_KEY_LENGTH = 200;

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final boolean declaresAwards;
    private final PlanLimits limits;
    private final @Nullable EventCatalog catalog;
    private final List<PlanProblem> warnings;
    private final List<TagUse> tags;
    private final AttributeChoices choices;
    private final TypeEffects effects;
    private final Map<String, Integer> monthEndBase;
    /**
     * Whether the plan has fired before: the first run of a new rule base pays once for what Drools builds lazily (its
     * rules' classes loaded, their constraints interpreted before they are compiled), 541 ms of CPU for a heavy plan
     * on a loaded machine, so it has {@link #FIRST_RUN_ALLOWANCE} times the budget; every later run the budget itself.
     */
    private final AtomicBoolean fired = new AtomicBoolean();
    private static final int FIRST_RUN_ALLOWANCE = 4;

    CompiledPlan(KieBase kieBase, Map<String, RuleInfo> rules, boolean declaresAwards, PlanLimits limits,
            @Nullable EventCatalog catalog, List<PlanProblem> warnings, List<TagUse> tags, Map<String, Integer> monthEndBase,
            TypeEffects effects) {
        this.monthEndBase = Map.copyOf(monthEndBase);
        this.warnings = List.copyOf(warnings);
        this.tags = List.copyOf(tags);
        this.kieBase = kieBase;
        this.rules = Map.copyOf(rules);
        this.declaresAwards = declaresAwards;
        this.limits = limits;
        this.catalog = catalog;
        this.choices = AttributeChoices.of(this.rules.values());
        this.effects = effects;
    }

    /** Characters of rule text that weigh one unit in the cache of compiled plans: about a pilot plan's (ADR 0192). */
    public static final int WEIGHT_UNIT = 10_000;

    /**
     * What keeping this plan compiled costs, in units of about a pilot plan, at least one: its rules' text, which the
     * heap it keeps grows with (a pilot's 45 rules keep 0.6 MB; 300 rules of 100 conditions each kept ~150 MB).
     */
    public int weight() {
        long characters = rules.values().stream().mapToLong(rule -> rule.source().length()).sum();
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (characters + WEIGHT_UNIT - 1) / WEIGHT_UNIT));
    }

    /** What recording each event type does, said beside its 名称 on the record page (ADR 0258). */
    public TypeEffects typeEffects() {
        return effects;
    }

    /** What the rules know of each event type's attributes: the choices staff are offered (ADR 0172). */
    public AttributeChoices attributeChoices() {
        return choices;
    }

    /**
     * The rules that add base points to every household when the month is evaluated (「月度基础分」, ADR 0251), with
     * the points each adds; empty where the plan has none.
     */
    public Map<String, Integer> monthEndBase() {
        return monthEndBase;
    }

    /** The village's event types, where the plan brings a {@code catalog.csv}. */
    public Optional<EventCatalog> catalog() {
        return Optional.ofNullable(catalog);
    }

    /** What the checks found worth a clerk's look, though the plan is accepted (ADR 0090). */
    public List<PlanProblem> warnings() {
        return warnings;
    }

    /** Where the rules ask for household tags, so that a village can be told when no household has one. */
    public List<TagUse> tags() {
        return tags;
    }

    /** Every rule of the plan by name (names are unique within a plan). */
    /** The event types whose latest event a month-end rule reads ({@code latest("…", …)}, ADR 0124). */
    public java.util.Set<String> latestTypes() {
        java.util.Set<String> types = new java.util.TreeSet<>();
        for (RuleInfo rule : rules.values()) {
            java.util.regex.Matcher latest = LATEST.matcher(rule.source());
            while (latest.find()) {
                types.add(latest.group(1));
            }
        }
        return types;
    }

    private static final java.util.regex.Pattern LATEST = java.util.regex.Pattern.compile(
            "\\blatest\\(\\s*\"([^\"]*)\"");

    public Map<String, RuleInfo> rules() {
        return rules;
    }

    public Optional<RuleInfo> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }

    /**
     * For each rule capped by an attribute ({@code @capBy}), the value that attribute has on the event being scored:
     * one event is in a session at a time, so it is the event the rule matched. Without the attribute the value is
     * empty, and all such awards share one cap.
     */
    private Map<String, String> capKeys(Collection<?> facts) {
        Event event = facts.stream().filter(Event.class::isInstance).map(Event.class::cast).findFirst().orElse(null);
        Map<String, String> keys = new HashMap<>();
        if (event != null) {
            rules.values().stream().filter(rule -> rule.capBy() != null)
                    .forEach(rule -> keys.put(rule.name(), capKey(event.attr(rule.capBy()))));
        }
        return keys;
    }

    /**
     * An attribute's value as a cap key (ADR 0174): in NFKC (a full-width or no-break space is a space, full-width
     * letters and digits are the ordinary ones), its runs of spaces one space, stripped, and at most what the ledger
     * keeps of it; so that 「张三」 and 「张三\u00a0」 are one person. Invisible characters never get here: an event
     * whose attribute values hold them is refused when it is recorded.
     */
    static String capKey(String value) {
        String key = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", " ")
                .strip();
        return key.length() <= MAX_CAP_KEY_LENGTH ? key : key.substring(0, MAX_CAP_KEY_LENGTH);
    }

    /** Runs the facts through the plan and returns what the rules asked for, in firing order. */
    public List<FiredAward> fire(Collection<?> facts) {
        return fire(facts, null);
    }

    /**
     * The rules of a run that fired, and those whose match was cancelled unfired: with facts only inserted, by another
     * rule of their activation group firing first. The trial run reads them (attack tryout 20, H2).
     */
    static final class Matches {
        final Set<String> fired = new java.util.HashSet<>();
        final Set<String> cancelled = new java.util.HashSet<>();
    }

    /** As {@link #fire(Collection)}, noting in {@code matches} which rules fired and which were cancelled. */
    List<FiredAward> fire(Collection<?> facts, @Nullable Matches matches) {
        KieSession session = kieBase.newKieSession(DAY_OF_THE_FACTS, null);
        Long day = dayOf(facts);
        if (day != null) {
            session.<SessionPseudoClock>getSessionClock().advanceTime(day, TimeUnit.MILLISECONDS);
        }
        Collector collector = new Collector(capKeys(facts), matches);
        session.addEventListener(collector);
        if (declaresAwards) {
            session.setGlobal(AWARDS_GLOBAL, new Awards(collector));
        }
        AtomicBoolean halted = new AtomicBoolean();
        long wallLimit = limits.fireTime().toNanos() * 10;
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            halted.set(true);
            session.halt();
        }, wallLimit, TimeUnit.NANOSECONDS);
        long cpuBefore = cpuTime();
        try {
            facts.forEach(session::insert);
            session.fireAllRules(limits.fireLimit() + 1);
        } catch (RuntimeException | LinkageError | StackOverflowError failure) {
            throw failed(collector, failure, rules.keySet());
        } finally {
            watchdog.cancel(false);
            session.dispose();
        }
        long cpu = cpuTime() - cpuBefore;
        long budget = limits.fireTime().toNanos() * (fired.getAndSet(true) ? 1 : FIRST_RUN_ALLOWANCE);
        if (halted.get() || cpu > budget) {
            String rule = collector.slowest();
            throw new RuleFailed(rule == null ? "?" : rule, (rule == null ? "方案的条件" : "规则「" + rule + "」")
                    + "使一条记录的计算用了 " + TimeUnit.NANOSECONDS.toMillis(Math.max(cpu, halted.get() ? wallLimit : 0))
                    + " 毫秒，超过了 " + limits.fireTime().toMillis() + " 毫秒的上限；请简化这条规则的条件（or、accumulate）", null);
        }
        if (collector.firings > limits.fireLimit()) {
            throw new RuleFailed(collector.lastRule, "一次记录触发规则超过 " + limits.fireLimit() + " 次，方案可能有循环", null);
        }
        return collector.awards;
    }

    /**
     * The moment a run's {@code date-effective} and {@code date-expires} are judged at (ADR 0250): noon of the event's
     * day, or of the last day of the month a month-end run is for, never the server's date, so that a month scores
     * the same whenever it is evaluated. Noon, in the zone Drools reads the attributes' dates in, so that a rule
     * effective from a day counts that day's events and one expiring on a day does not. Null when no fact dates it.
     */
    static @Nullable Long dayOf(Collection<?> facts) {
        for (Object fact : facts) {
            LocalDate day = fact instanceof Event event ? event.getOccurredOn()
                    : fact instanceof MonthSummary summary ? YearMonth.parse(summary.getMonth()).atEndOfMonth() : null;
            if (day != null) {
                return day.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
            }
        }
        return null;
    }

    private static KieSessionConfiguration dayOfTheFacts() {
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(ClockTypeOption.PSEUDO);
        return configuration;
    }

    /** One daemon thread for every run's timer; a run that ends in time takes its timer off the queue. */
    private static ScheduledExecutorService watchdog() {
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "plan-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.setRemoveOnCancelPolicy(true);
        return watchdog;
    }

    private static long cpuTime() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /**
     * The run's failure as a plan fault naming its rule: the rule firing, or, for a condition that failed while facts
     * were matched (no rule firing yet), the rule the engine names in its message (tryout 5, M2: 「规则「?」」).
     */
    private static RuleFailed failed(Collector collector, Throwable failure, java.util.Set<String> names) {
        String inCondition = null;
        for (Throwable cause = failure; cause != null && inCondition == null;
                cause = cause.getCause() == cause ? null : cause.getCause()) {
            java.util.regex.Matcher named = CONDITION_OF.matcher(String.valueOf(cause.getMessage()));
            if (collector.current == null && named.find() && names.contains(named.group(1))) {
                inCondition = named.group(1);
            }
        }
        String rule = collector.current != null ? collector.current : inCondition != null ? inCondition : "?";
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AwardOutOfBounds outOfBounds) {
                return new RuleFailed(rule, "规则「" + rule + "」" + outOfBounds.getMessage(), failure);
            }
            if (cause instanceof ArithmeticException && inCondition != null) {
                return new RuleFailed(rule, "规则「" + rule + "」的条件在计算时除以了零（或超出了整数范围），例如"
                        + "「10 / (quantity - 1)」在数量为 1 时、「100 / events」在当月没有事件时：请改写这个条件", failure);
            }
            if (cause instanceof ArithmeticException) {
                return new RuleFailed(rule, "规则「" + rule + "」计算分值时超出了整数范围（或除以了零），请检查分值的写法和事件的数量、属性",
                        failure);
            }
        }
        // The engine's own words (an exception's name, a Java message) say nothing to a clerk (attack 15, J1); the
        // failure stays the cause, for the log.
        return new RuleFailed(rule, "规则「" + rule + "」计算时出错：请检查它的条件和分值写法，例如 attr、intAttr、flag 的括号里"
                + "要写加英文双引号的属性名（attr(\"会议名称\")），不能写 null 或空着", failure);
    }

    /** How the engine names the rule of a condition it could not evaluate: {@code [Rule "名称" in 文件]}. */
    private static final java.util.regex.Pattern CONDITION_OF = java.util.regex.Pattern.compile(
            "\\[Rule \"([^\"]*)\" in ");

    /** An award outside the bounds a plan may ask for; the message says which bound, in Chinese. */
    static final class AwardOutOfBounds extends RuntimeException {

        AwardOutOfBounds(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Listens to the agenda so that each award is attributed to the rule whose consequence asked for it, and the
     * time between its events to the rule each event is about, to name the rule that made a run slow.
     */
    private static final class Collector extends DefaultAgendaEventListener implements Awards.Sink {

        private final List<FiredAward> awards = new ArrayList<>();
        private final Map<String, String> capKeys;
        private final Map<String, Long> timeByRule = new HashMap<>();
        private long lastEvent = System.nanoTime();
        private @Nullable String current;
        private String lastRule = "?";
        private int firings;
        private final @Nullable Matches matches;

        Collector(Map<String, String> capKeys, @Nullable Matches matches) {
            this.capKeys = capKeys;
            this.matches = matches;
        }

        @Override
        public void matchCancelled(MatchCancelledEvent event) {
            if (matches != null) {
                matches.cancelled.add(event.getMatch().getRule().getName());
            }
        }

        @Override
        public void matchCreated(MatchCreatedEvent event) {
            spent(event.getMatch().getRule().getName());
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            current = event.getMatch().getRule().getName();
            lastRule = current;
            spent(current);
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            spent(event.getMatch().getRule().getName());
            if (matches != null) {
                matches.fired.add(event.getMatch().getRule().getName());
            }
            current = null;
            firings++;
        }

        private void spent(String rule) {
            long now = System.nanoTime();
            timeByRule.merge(rule, now - lastEvent, Long::sum);
            lastEvent = now;
        }

        @Nullable String slowest() {
            spent(current != null ? current : lastRule);
            return timeByRule.entrySet().stream().filter(entry -> !entry.getKey().equals("?"))
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }

        @Override
        public void accept(Awards.Kind kind, long points, String category) {
            String named = category == null || category.isBlank() ? "未分类" : category.strip();
            if (named.length() > MAX_CATEGORY_LENGTH) {
                throw new AwardOutOfBounds("的类别名称超过 " + MAX_CATEGORY_LENGTH + " 个字符");
            }
            if (points > MAX_AWARD_POINTS || points < -MAX_AWARD_POINTS) {
                throw new AwardOutOfBounds("一次给出 " + points + " 分，超过了每次最多 ±" + MAX_AWARD_POINTS
                        + " 分的上限；请检查分值和事件的数量、属性");
            }
            if (awards.size() == MAX_AWARDS_PER_RUN) {
                throw new AwardOutOfBounds("使一次计分（一件事，或一户一个月的月末评定）得到的分超过了 " + MAX_AWARDS_PER_RUN
                        + " 笔的上限：同时符合的规则太多（例如很多条规则条件一样或总是成立），或者条件里有 or（同时符合几个"
                        + "分支时，规则按每个分支各计一次分）。请合并条件一样或总是成立的规则，或把 or 的分支合成一个条件");
            }
            String rule = current != null ? current : lastRule;
            awards.add(new FiredAward(rule, kind, (int) points, named, capKeys.get(rule)));
        }
    }
}
