package org.jifen.balance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
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
import org.jifen.month.FrozenTotals;
import org.jifen.scoring.Ledger;
import org.jifen.scoring.MalformedRequest;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
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
    private final ExpirySettings settings;
    private final Ledger ledger;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BalanceService(Villages villages, Households households, FrozenTotals frozen, FinalisedMonths finalisedMonths,
            PointsEntries entries, PointsEntryRows rows, ExpirySettings settings, Ledger ledger,
            TransactionTemplate transactions, Clock clock) {
        this.villages = villages;
        this.households = households;
        this.frozen = frozen;
        this.finalisedMonths = finalisedMonths;
        this.entries = entries;
        this.rows = rows;
        this.settings = settings;
        this.ledger = ledger;
        this.transactions = transactions;
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

    /** The balance of a household already read (its own page). */
    @Transactional(readOnly = true)
    public Balance balance(Village village, Household household) {
        Account account = account(village, household);
        LocalDate today = today();
        PointsAccount.Figures figures = account.points().figures(today);
        PointsAccount.Expiry next = account.points().next(today);
        List<Balance.Entry> shown = new ArrayList<>();
        for (PointsAccount.Expiry due : account.points().due(today)) {
            shown.add(new Balance.Entry(null, PointsKind.EXPIRED, PointsKind.EXPIRED.label(), due.points(), due.on(),
                    account.points().rule().reason(due.on(), due.points(), due.months(), due.again()), null, null));
        }
        account.entries().stream().sorted(Comparator.comparing(PointsEntry::getChainSeq,
                        Comparator.nullsFirst(Comparator.reverseOrder())))
                .forEach(entry -> shown.add(new Balance.Entry(entry.id(), entry.getKind(), entry.getKind().label(),
                        entry.getPoints(), entry.getExpiredOn(), entry.getReason(), entry.getRecordedBy(),
                        entry.getCreatedAt())));
        return new Balance(household.id(), household.getHouseholdNo(), household.getHeadName(), household.getGroup(),
                figures.earned(), figures.redeemed(), figures.returned(), figures.spent(), figures.expired(),
                figures.available(), figures.honour(), policy(village, account.setting()),
                next == null ? null : new Balance.Coming(next.on(), next.points()),
                account.lots().stream().map(lot -> new Balance.Month(lot.month(), lot.points(), lot.spendableFrom(),
                        account.points().rule().expiresOn(lot))).toList(),
                shown);
    }

    @Transactional(readOnly = true)
    public ExpiryPolicy policy(String villageCode) {
        Village village = village(villageCode);
        return policy(village, settings.findByVillageId(village.id()).orElse(null));
    }

    /** The village's new expiry rule; it applies to every household's points from now on. */
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
        }
        ExpirySetting setting = settings.findByVillageId(village.id()).orElseGet(() -> new ExpirySetting(village.id()));
        setting.set(new ExpiryRule(request.mode(), resetDay), by.username(), clock.instant());
        return policy(village, settings.save(setting));
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
     * Gives back the points of a cancelled redemption to a settled household. Points whose time was up in between
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
        Village village = villages.findById(villageId).orElseThrow(() -> new VillageNotFound(String.valueOf(villageId)));
        int recorded = 0;
        for (Household household : households.findByVillageIdOrderByGroupAscHouseholdNoAsc(villageId)) {
            Integer count = transactions.execute(status -> {
                int before = entries.findByVillageIdAndHouseholdIdOrderByChainSeq(villageId, household.id()).size();
                settle(village, household.id());
                return entries.findByVillageIdAndHouseholdIdOrderByChainSeq(villageId, household.id()).size() - before;
            });
            recorded += count == null ? 0 : count;
        }
        return recorded;
    }

    /** The villages whose points expire at all. */
    @Transactional(readOnly = true)
    public List<Long> villagesWithExpiry() {
        return settings.findByModeNot(ExpiryMode.NEVER).stream().map(ExpirySetting::getVillageId).toList();
    }

    private PointsAccount.Figures recordDue(Village village, Household household) {
        Account account = account(village, household);
        LocalDate today = today();
        Instant now = clock.instant();
        for (PointsAccount.Expiry due : account.points().due(today)) {
            append(PointsEntry.expired(village.id(), household.id(), due.points(), due.on(),
                    account.points().rule().reason(due.on(), due.points(), due.months(), due.again()), SYSTEM, now));
        }
        return account(village, household).points().figures(today);
    }

    private PointsEntry append(PointsEntry entry) {
        return ledger.append(entry.getVillageId(), (seq, previousHash) -> {
            entry.chain(seq, previousHash);
            PointsEntry saved = rows.save(entry);
            return new Ledger.Linked<>(saved, saved.getChainHash() == null ? "" : saved.getChainHash());
        });
    }

    private record Account(List<PointsAccount.Lot> lots, List<PointsEntry> entries, PointsAccount points,
            @Nullable ExpirySetting setting) {
    }

    private Account account(Village village, Household household) {
        List<FrozenTotals.Frozen> months = frozen.ofHousehold(village.id(), household.id());
        Map<String, Instant> finalisedAt = new HashMap<>();
        finalisedMonths.findByVillageIdAndMonthInOrderByMonth(village.id(),
                        months.stream().map(FrozenTotals.Frozen::month).toList())
                .forEach(month -> finalisedAt.put(month.getMonth(), month.getFinalisedAt()));
        List<PointsAccount.Lot> lots = months.stream().filter(month -> month.total() > 0)
                .map(month -> new PointsAccount.Lot(month.month(), month.total(),
                        finalisedAt.getOrDefault(month.month(), Instant.EPOCH).atZone(clock.getZone()).toLocalDate()))
                .toList();
        List<PointsEntry> recorded = entries.findByVillageIdAndHouseholdIdOrderByChainSeq(village.id(),
                household.id());
        ExpirySetting setting = settings.findByVillageId(village.id()).orElse(null);
        ExpiryRule rule = setting == null ? ExpiryRule.NEVER : setting.rule();
        return new Account(lots, recorded, new PointsAccount(lots,
                recorded.stream().map(PointsEntry::movement).toList(), rule), setting);
    }

    private ExpiryPolicy policy(Village village, @Nullable ExpirySetting setting) {
        ExpiryRule rule = setting == null ? ExpiryRule.NEVER : setting.rule();
        MonthDay day = rule.resetDay();
        return new ExpiryPolicy(village.getCode(), rule.mode(), rule.mode().label(),
                day == null ? null : String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth()),
                rule.description(), setting == null ? null : setting.getChangedBy(),
                setting == null ? null : setting.getChangedAt());
    }

    private Village village(String code) {
        return villages.findByCode(code).orElseThrow(() -> new VillageNotFound(code));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
