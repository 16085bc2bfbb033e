package org.jifen.balance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jifen.access.Actor;
import org.jifen.finalisation.FinalisedMonths;
import org.jifen.household.Household;
import org.jifen.household.HouseholdNotFound;
import org.jifen.household.Households;
import org.jifen.integrity.ChainRows;
import org.jifen.month.FrozenTotals;
import org.jifen.problem.MalformedRequest;
import org.jifen.scoring.Ledger;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Households' balances: read from the finalised months' frozen totals ({@link FrozenTotals}, the township's
 * arithmetic done once) and the points entries of the ledger, with the village's expiry rule. Whatever moves a
 * household's points first {@link #settle settles} it: locks the household row and records the expiries that are
 * due, so that the check "enough points?" and the spending that follows see the same balance on every node.
 */
@Service
public class BalanceService {

    /** Expiries are the village's rule applied by the service, not any person's act. */
    static final String SYSTEM = "system";

    private final Villages villages;
    private final Households households;
    private final FrozenTotals frozen;
    private final FinalisedMonths finalisedMonths;
    private final PointsEntries entries;
    private final PointsEntryRows rows;
    private final ExpiryRuleChanges changes;
    private final Ledger ledger;
    private final TransactionTemplate transactions;
    /** Records due expiries on its own, also while a reader's read-only transaction is open. */
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    BalanceService(Villages villages, Households households, FrozenTotals frozen, FinalisedMonths finalisedMonths,
            PointsEntries entries, PointsEntryRows rows, ExpiryRuleChanges changes, Ledger ledger,
            TransactionTemplate transactions, Clock clock) {
        this.villages = villages;
        this.households = households;
        this.frozen = frozen;
        this.finalisedMonths = finalisedMonths;
        this.entries = entries;
        this.rows = rows;
        this.changes = changes;
        this.ledger = ledger;
        this.transactions = transactions;
        this.ownTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A household whose points are locked for the caller's transaction, with its balance as of now. */
    public record Settled(Village village, Household household, PointsAccount.Figures figures) {

        /** The points available now, or {@link NotEnoughPoints} when fewer than {@code points}. */
        public int require(int points) {
            if (points > figures.available()) {
                throw new NotEnoughPoints(figures.available(), points);
            }
            return figures.available();
        }
    }

    @Transactional(readOnly = true)
    public Balance balance(String villageCode, long householdId) {
        Village village = village(villageCode);
        Household household = households.findByIdAndVillageId(householdId, village.id())
                .orElseThrow(() -> new HouseholdNotFound(villageCode, householdId));
        return balance(village, household);
    }

    /**
     * The balance of a household already read (its own page). Expiries that fell due since they were last recorded
     * are recorded first, as entries of the ledger with their reason (ADR 0110): whoever reads a balance sees every
     * expiry as an entry, not as a figure worked out on the fly.
     */
    @Transactional(readOnly = true)
    public Balance balance(Village village, Household household) {
        LocalDate today = today();
        Account account = account(village, household);
        if (!account.points().due(today).isEmpty()) {
            ownTransaction.executeWithoutResult(status -> recordDue(village,
                    households.lockByIdAndVillageId(household.id(), village.id()).orElseThrow()));
            account = account(village, household);
        }
        PointsAccount.Figures figures = account.points().figures(today);
        PointsAccount.Expiry next = account.points().next(today);
        List<Balance.Entry> shown = new ArrayList<>();
        account.entries().stream().sorted(Comparator.comparing(PointsEntry::chainSeq,
                        Comparator.nullsFirst(Comparator.reverseOrder())))
                .forEach(entry -> shown.add(new Balance.Entry(entry.id(), entry.getKind(), entry.getKind().label(),
                        entry.getPoints(), entry.getExpiredOn(), entry.getReason(), entry.getRecordedBy(),
                        entry.getCreatedAt())));
        return new Balance(household.id(), household.getHouseholdNo(), household.getHeadName(), household.getGroup(),
                figures.earned(), figures.redeemed(), figures.returned(), figures.spent(), figures.expired(),
                figures.available(), figures.honour(), policy(village, account.changes()),
                next == null ? null : new Balance.Coming(next.on(), next.points()),
                account.points().uses(today).stream().sorted(Comparator.comparing(use -> use.lot().month()))
                        .map(use -> new Balance.Month(use.lot().month(), use.lot().points(), use.lot().spendableFrom(),
                                use.lot().expiresOn(), use.spent(), use.expired(), use.remaining()))
                        .toList(),
                shown);
    }

    /** What became of the points of one of the household's finalised months; empty when it is not finalised. */
    @Transactional(readOnly = true)
    public java.util.Optional<MonthPoints> month(Village village, Household household, YearMonth month) {
        Balance balance = balance(village, household);
        return balance.months().stream().filter(lot -> lot.month().equals(month)).findFirst()
                .map(lot -> new MonthPoints(lot, balance.entries().stream()
                        .filter(entry -> entry.kind() == PointsKind.EXPIRED && lot.expiresOn() != null
                                && lot.expiresOn().equals(entry.expiredOn()))
                        .toList()));
    }

    @Transactional(readOnly = true)
    public ExpiryPolicy policy(String villageCode) {
        Village village = village(villageCode);
        return policy(village, changes.findByVillageIdOrderByChangedAtAscIdAsc(village.id()));
    }

    /**
     * The village's new expiry rule. It applies to the months finalised from now on: a month's points keep the rule
     * that was in force when they became spendable, so no household loses points by a rule it was not told of.
     */
    @Transactional
    public ExpiryPolicy setPolicy(String villageCode, NewExpiryPolicy request, Actor by) {
        Village village = village(villageCode);
        MonthDay resetDay = null;
        if (request.mode() == ExpiryMode.YEARLY) {
            if (request.resetDay() == null) {
                throw new ResetDayMissing();
            }
            try {
                resetDay = MonthDay.parse("--" + request.resetDay());
            } catch (DateTimeParseException noSuchDay) {
                throw new MalformedRequest("清零日 " + request.resetDay() + " 不是一年中的日子");
            }
            if (resetDay.equals(MonthDay.of(2, 29))) {
                throw new ResetDayNotEveryYear(request.resetDay());
            }
        }
        changes.save(new ExpiryRuleChange(village.id(), new ExpiryRule(request.mode(), resetDay), by.username(),
                clock.instant()));
        return policy(village, changes.findByVillageIdOrderByChangedAtAscIdAsc(village.id()));
    }

    /**
     * Locks the household's points for the rest of the caller's transaction and records the expiries that are due
     * by today; answers what the household has now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Settled settle(Village village, long householdId) {
        Household household = households.lockByIdAndVillageId(householdId, village.id())
                .orElseThrow(() -> new HouseholdNotFound(village.getCode(), householdId));
        return new Settled(village, household, recordDue(village, household));
    }

    /** Spends points of a settled household on a redemption, or refuses with {@link NotEnoughPoints}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PointsEntry spend(Settled settled, int points, long redemptionRowId, String reason, String by,
            Instant at) {
        settled.require(points);
        return append(PointsEntry.spent(settled.village().id(), settled.household().id(), points, redemptionRowId,
                reason, by, at));
    }

    /**
     * Gives back the points of a cancelled redemption to a settled household. Points whose day passed in between
     * expire again at once, with their reason: a cancellation never revives expired points.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PointsEntry giveBack(Settled settled, int points, long redemptionRowId, String reason, String by,
            Instant at) {
        PointsEntry returned = append(PointsEntry.returned(settled.village().id(), settled.household().id(), points,
                redemptionRowId, reason, by, at));
        recordDue(settled.village(), settled.household());
        return returned;
    }

    /** Records the due expiries of every household of the village, each household on its own; answers how many. */
    public int recordDueExpiries(long villageId) {
        Village village = villages.findById(villageId)
                .orElseThrow(() -> new VillageNotFound(String.valueOf(villageId)));
        int recorded = 0;
        for (Household household : households.findByVillageIdOrderByGroupAscHouseholdNoAsc(villageId)) {
            Integer count = transactions.execute(status -> {
                Household locked = households.lockByIdAndVillageId(household.id(), villageId).orElseThrow();
                return recordExpiries(village, locked, account(village, locked).points());
            });
            recorded += count == null ? 0 : count;
        }
        return recorded;
    }

    /** The villages whose points may expire. */
    @Transactional(readOnly = true)
    public List<Long> villagesWithExpiry() {
        return changes.villagesThatEverSetExpiry();
    }

    /** Records the due expiries; answers the figures after them, read again only when something was recorded. */
    private PointsAccount.Figures recordDue(Village village, Household household) {
        PointsAccount points = account(village, household).points();
        return recordExpiries(village, household, points) == 0 ? points.figures(today())
                : account(village, household).points().figures(today());
    }

    private int recordExpiries(Village village, Household household, PointsAccount points) {
        List<PointsAccount.Expiry> due = points.due(today());
        Instant now = clock.instant();
        for (PointsAccount.Expiry expiry : due) {
            append(PointsEntry.expired(village.id(), household.id(), expiry.points(), expiry.on(), expiry.reason(),
                    SYSTEM, now));
        }
        return due.size();
    }

    private PointsEntry append(PointsEntry entry) {
        return ledger.append(entry.getVillageId(), entry,
                new ChainRows<>(PointsEntry::linkFields, PointsEntry::chain, rows::save));
    }

    private record Account(List<PointsEntry> entries, PointsAccount points, List<ExpiryRuleChange> changes) {
    }

    private Account account(Village village, Household household) {
        List<FrozenTotals.Frozen> months = frozen.ofHousehold(village.id(), household.id());
        Map<YearMonth, Instant> finalisedAt = new HashMap<>();
        finalisedMonths.findByVillageIdAndMonthInOrderByMonth(village.id(),
                        months.stream().map(FrozenTotals.Frozen::month).toList())
                .forEach(month -> finalisedAt.put(month.getMonth(), month.getFinalisedAt()));
        List<ExpiryRuleChange> ruleChanges = changes.findByVillageIdOrderByChangedAtAscIdAsc(village.id());
        List<PointsAccount.Lot> lots = months.stream().filter(month -> month.total() > 0).map(month -> {
            Instant at = finalisedAt.getOrDefault(month.month(), Instant.EPOCH);
            return new PointsAccount.Lot(month.month(), month.total(), day(at), ruleAt(ruleChanges, at));
        }).toList();
        List<PointsEntry> recorded = entries.findByVillageIdAndHouseholdIdOrderByChainSeq(village.id(),
                household.id());
        return new Account(recorded, new PointsAccount(lots, recorded.stream()
                .map(entry -> new PointsAccount.Movement(entry.getKind(), entry.getPoints(),
                        day(entry.getCreatedAt()), entry.getRedemptionRowId(), entry.getExpiredOn()))
                .toList()), ruleChanges);
    }

    /** The rule in force at a moment: the last one set by then, or never. */
    private static ExpiryRule ruleAt(List<ExpiryRuleChange> changes, Instant at) {
        ExpiryRule rule = ExpiryRule.NEVER;
        for (ExpiryRuleChange change : changes) {
            if (!change.getChangedAt().isAfter(at)) {
                rule = change.rule();
            }
        }
        return rule;
    }

    private ExpiryPolicy policy(Village village, List<ExpiryRuleChange> changes) {
        ExpiryRuleChange last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
        ExpiryRule rule = last == null ? ExpiryRule.NEVER : last.rule();
        MonthDay day = rule.resetDay();
        return new ExpiryPolicy(village.getCode(), rule.mode(), rule.mode().label(),
                day == null ? null : ExpiryRule.written(day), rule.description(),
                last == null ? null : last.getChangedBy(), last == null ? null : last.getChangedAt());
    }

    private LocalDate day(Instant at) {
        return at.atZone(clock.getZone()).toLocalDate();
    }

    private Village village(String code) {
        return villages.findByCode(code).orElseThrow(() -> new VillageNotFound(code));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
