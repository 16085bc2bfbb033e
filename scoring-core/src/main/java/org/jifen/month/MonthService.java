package org.jifen.month;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jifen.finalisation.FinalisedMonths;
import org.jifen.household.HouseholdService;
import org.jifen.plan.RuleSet;
import org.jifen.plan.RuleSetRules;
import org.jifen.plan.RuleSets;
import org.jifen.scoring.Award;
import org.jifen.scoring.AwardLedger;
import org.jifen.scoring.AwardSource;
import org.jifen.scoring.BehaviourEvent;
import org.jifen.scoring.BehaviourEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a household's month from the ledger and applies the township's arithmetic to it, with the caps of the plan
 * version that governs the month alone (ADR 0057); when a month is finalised, keeps what each household's month
 * counted then, and answers from that from then on.
 */
@Service
public class MonthService {

    private static final TypeReference<List<Adjustment>> ADJUSTMENTS = new TypeReference<>() { };

    private final HouseholdService households;
    private final AwardLedger ledger;
    private final RuleSetRules rules;
    private final RuleSets ruleSets;
    private final MonthCaps caps;
    private final FinalisedMonths finalisedMonths;
    private final FinalisedTotalsStore frozen;
    private final JsonMapper json;
    private final HouseholdMonthSums monthSums;
    private final org.jifen.plan.PlanLibrary plans;
    private final BehaviourEvents events;

    MonthService(HouseholdService households, AwardLedger ledger, RuleSetRules rules, RuleSets ruleSets,
            MonthCaps caps, FinalisedMonths finalisedMonths, FinalisedTotalsStore frozen, JsonMapper json,
            HouseholdMonthSums monthSums, org.jifen.plan.PlanLibrary plans, BehaviourEvents events) {
        this.plans = plans;
        this.events = events;
        this.monthSums = monthSums;
        this.households = households;
        this.ledger = ledger;
        this.rules = rules;
        this.ruleSets = ruleSets;
        this.caps = caps;
        this.finalisedMonths = finalisedMonths;
        this.frozen = frozen;
        this.json = json;
    }

    /** The household's month with its first {@value EntryPage#API_SIZE} entries. */
    @Transactional(readOnly = true)
    public MonthView view(String villageCode, long householdId, YearMonth month) {
        return view(villageCode, householdId, month, EntryPage.first(EntryPage.API_SIZE));
    }

    /**
     * The household's month: its figures over every entry, from the database's sums (ADR 0131) or as finalised, and
     * one page of its entries (ADR 0220). What it holds is the page and a few rows of sums, however large the month.
     */
    @Transactional(readOnly = true)
    public MonthView view(String villageCode, long householdId, YearMonth month, EntryPage page) {
        var household = households.get(villageCode, householdId);
        long villageId = household.getVillageId();
        List<Award> read = page.size() == 0 ? List.of()
                : ledger.findByVillageIdAndHouseholdIdAndMonthAndIdGreaterThan(villageId, householdId, month,
                        page.after(), page.pageable());
        List<Award> awards = new java.util.ArrayList<>(read.subList(0, Math.min(read.size(), page.size())));
        if (page.latest()) {
            java.util.Collections.reverse(awards);
        }
        // A first page that holds the whole month counted it; any other page asks the index; the figures alone, none.
        long entries = page.size() == 0 ? 0
                : page.after() == 0 && page.skip() == 0 && read.size() <= page.size() ? awards.size()
                : ledger.countByVillageIdAndHouseholdIdAndMonth(villageId, householdId, month);
        boolean more = !page.latest() && !awards.isEmpty()
                && (page.skip() == 0 ? read.size() > page.size() : page.skip() + awards.size() < entries);
        boolean finalised = finalisedMonths.existsByVillageIdAndMonth(villageId, month);
        RuleSet governing = ruleSets.governing(villageId, month).orElse(null);
        MonthTotals totals = finalised
                ? frozen.findByVillageIdAndHouseholdIdAndMonth(villageId, householdId, month)
                        .map(this::thawed).orElseGet(() -> summed(capsOf(governing), villageId, householdId, month))
                : summed(capsOf(governing), villageId, householdId, month, governing);
        @Nullable Long nextAfter = more ? awards.get(awards.size() - 1).id() : null;
        return new MonthView(month, totals.base(), totals.bonus(), totals.total(), totals.vetoed(),
                finalised, entries(awards), totals.adjustments(),
                governing == null ? null : governing.getVersion(), entries, nextAfter, null);
    }

    /**
     * Every household's month as it counts now, for the households with entries in it: household id → totals. Read
     * in the caller's transaction, which may have just changed the month (an activation re-scoring it).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, MonthTotals> village(long villageId, YearMonth month) {
        PlanCaps written = capsOf(ruleSets.governing(villageId, month).orElse(null));
        Map<Long, MonthTotals> totals = new LinkedHashMap<>();
        for (long householdId : ledger.householdsOfMonth(villageId, month)) {
            totals.put(householdId, summed(written, villageId, householdId, month));
        }
        return totals;
    }

    /** One household's month, with who the household is: a line of the village's month. */
    public record HouseholdMonth(long householdId, String householdNo, String headName, String group,
            MonthView view) {
    }

    /**
     * The month of every eligible household of the village, by group and 户号: what the group reviews. Once the month
     * is finalised, the households it was finalised with, however the registry changed since (a household registered
     * later was never part of that month).
     */
    @Transactional(readOnly = true)
    public List<HouseholdMonth> village(String villageCode, YearMonth month) {
        return village(villageCode, month, 0, Integer.MAX_VALUE).households();
    }

    /**
     * The entries shown with each household of a page of the village's month (ADR 0220): a real household's month
     * holds about 20; the rest are a page of their own away.
     */
    public static final int ENTRIES_OF_EACH_HOUSEHOLD = 100;

    /** One page of a village's month: the households {@code from} (0-based) on, at most {@code size}, of {@code total}. */
    public record VillagePage(List<HouseholdMonth> households, int from, int total) {
    }

    /**
     * A page of {@link #village(String, YearMonth)}: only the households on it are read and counted, so a village of
     * thousands of households is reviewed page by page (ADR 0127's pattern for the household page).
     */
    @Transactional(readOnly = true)
    public VillagePage village(String villageCode, YearMonth month, int from, int size) {
        var listed = listed(villageCode, month);
        int start = Math.max(0, Math.min(from, listed.size()));
        int end = (int) Math.min((long) start + size, listed.size());
        return new VillagePage(listed.subList(start, end).stream()
                .map(household -> new HouseholdMonth(household.id(), household.getHouseholdNo(),
                        household.getHeadName(), household.getGroup(),
                        view(villageCode, household.id(), month, EntryPage.first(ENTRIES_OF_EACH_HOUSEHOLD))))
                .toList(), start, listed.size());
    }

    /** Where a household stands among the village's month's households (0-based), or -1 when it is not listed. */
    @Transactional(readOnly = true)
    public int positionInVillage(String villageCode, YearMonth month, long householdId) {
        return listed(villageCode, month).stream().map(household -> household.id()).toList().indexOf(householdId);
    }

    /** The households a village's month lists, by group and 户号 (see {@link #village(String, YearMonth)}). */
    private List<org.jifen.household.Household> listed(String villageCode, YearMonth month) {
        var all = households.all(villageCode);
        if (all.isEmpty()) {
            return List.of();
        }
        long villageId = all.get(0).getVillageId();
        @Nullable Set<Long> finalisedWith = finalisedMonths.existsByVillageIdAndMonth(villageId, month)
                ? frozen.findByVillageIdAndMonthIn(villageId, List.of(month)).stream()
                        .map(FinalisedTotals::getHouseholdId).collect(Collectors.toSet())
                : null;
        return all.stream().filter(household -> finalisedWith == null ? household.isEligible()
                : finalisedWith.contains(household.id())).toList();
    }

    /**
     * Computes the month of each household (and of any other household with entries in it) and keeps the result,
     * within the caller's transaction, which finalises the month.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void freeze(long villageId, YearMonth month, Collection<Long> householdIds) {
        PlanCaps written = capsOf(ruleSets.governing(villageId, month).orElse(null));
        Set<Long> all = new LinkedHashSet<>(householdIds);
        all.addAll(ledger.householdsOfMonth(villageId, month));
        // Each household's month as the database's sums (ADR 0169): a few rows each, never the month's entries.
        for (long householdId : all) {
            MonthTotals totals = summed(written, villageId, householdId, month);
            frozen.save(new FinalisedTotals(villageId, householdId, month, totals,
                    json.writeValueAsString(totals.adjustments())));
        }
    }

    /** The total of each household in each of the months that is finalised: household id → month → total. */
    @Transactional(readOnly = true)
    public Map<Long, Map<YearMonth, Integer>> finalisedTotals(long villageId, Collection<YearMonth> months) {
        Map<Long, Map<YearMonth, Integer>> totals = new HashMap<>();
        frozen.findByVillageIdAndMonthIn(villageId, months).forEach(month -> totals
                .computeIfAbsent(month.getHouseholdId(), id -> new HashMap<>())
                .put(month.getMonth(), month.getTotal()));
        return totals;
    }

    private MonthTotals thawed(FinalisedTotals kept) {
        return new MonthTotals(kept.getBase(), kept.getBonus(), kept.getTotal(), kept.isVetoed(),
                json.readValue(kept.getAdjustments(), ADJUSTMENTS));
    }

    /** The household's month from the database's sums (ADR 0131, 0169): a few rows, never the month's entries. */
    private MonthTotals summed(PlanCaps written, long villageId, long householdId, YearMonth month) {
        return summed(written, villageId, householdId, month, null);
    }

    private MonthTotals summed(PlanCaps written, long villageId, long householdId, YearMonth month,
            @Nullable RuleSet governing) {
        monthSums.flushed();
        // The month and its caps' earlier months in one statement (ADR 0239).
        HouseholdMonthSums.Read read = monthSums.of(villageId, List.of(householdId), List.of(month),
                MonthCaps.spans(written, List.of(month)));
        MonthArithmetic.Sums sums = read.months().get(HouseholdMonthSums.key(householdId, month));
        MonthTotals totals = sums.total(caps.of(written, month, sums.rules(), window -> caps.earlier(villageId,
                List.of(householdId), window, month, null,
                read.spans().get(HouseholdMonthSums.Span.before(window, month))).get(householdId)));
        return governing == null ? totals : MonthEndBaseWords.untilEvaluated(totals, sums.rules(),
                () -> monthEndBase(governing));
    }

    /**
     * The governing version's month-end base, to say a floored deduction (ADR 0251); none where the version no longer
     * compiles or cannot be built now: the month is then said as the arithmetic says it, never refused for it.
     */
    private Map<String, Integer> monthEndBase(RuleSet governing) {
        try {
            return plans.of(governing.id()).monthEndBase();
        } catch (org.jifen.engine.PlanRejected | org.jifen.plan.PlanCheckBusy notNow) {
            return Map.of();
        }
    }

    /** The page's entries, each event's award said with who recorded the event (one read for the page's events). */
    private List<MonthView.Entry> entries(List<Award> awards) {
        List<Long> eventRows = awards.stream().filter(award -> award.getSource() == AwardSource.EVENT)
                .map(Award::getEventRowId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, BehaviourEvent> byRow = eventRows.isEmpty() ? Map.of() : events.findByIdIn(eventRows).stream()
                .collect(java.util.stream.Collectors.toMap(BehaviourEvent::id, event -> event));
        return awards.stream().map(award -> MonthView.Entry.of(award,
                award.getEventRowId() == null ? null : byRow.get(award.getEventRowId()))).toList();
    }

    /** The caps the governing version writes; a month no version governs caps nothing. */
    private PlanCaps capsOf(@Nullable RuleSet governing) {
        return governing == null ? PlanCaps.NONE : PlanCaps.of(rules.findByRuleSetId(governing.id()));
    }

    /** The entries as the arithmetic sees them. */
    static List<MonthArithmetic.Line> lines(List<Award> awards) {
        return awards.stream().map(a -> new MonthArithmetic.Line(a.id(), a.getRule(), a.getKind(), a.getPoints(),
                a.getReversesAwardId(), a.getCapKey())).toList();
    }
}
