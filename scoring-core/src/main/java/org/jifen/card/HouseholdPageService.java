package org.jifen.card;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jifen.balance.BalanceService;
import org.jifen.household.Household;
import org.jifen.household.Households;
import org.jifen.month.EntryPage;
import org.jifen.month.MonthService;
import org.jifen.month.MonthView;
import org.jifen.notice.Quarter;
import org.jifen.objection.NoticePeriod;
import org.jifen.objection.ObjectionService;
import org.jifen.scoring.AwardLedger;
import org.jifen.scoring.BehaviourEvent;
import org.jifen.scoring.BehaviourEvents;
import org.jifen.village.Village;
import org.jifen.village.Villages;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts together a household's own page from the month read model ({@link MonthService}, which does all the
 * arithmetic), the events behind its entries, and its objections.
 */
@Service
public class HouseholdPageService {

    /** A year of months: what a household asks about; older months stay in the ledger and the notices. */
    static final int MONTHS_SHOWN = 12;
    /**
     * Entries of each month on the household's page, and entries to a page of one month's list: the page stays
     * small whatever a month holds (outside tryout F13: 61 s and 26.7 MB for a month of 100,000 entries).
     */
    public static final int ENTRIES_SHOWN = 20;
    public static final int ENTRIES_PER_PAGE = 100;

    private final Villages villages;
    private final Households households;
    private final LedgerMonths ledgerMonths;
    private final MonthService months;
    private final AwardLedger ledger;
    private final BehaviourEvents events;
    private final ObjectionService objections;
    private final BalanceService balances;
    private final Clock clock;

    HouseholdPageService(Villages villages, Households households, LedgerMonths ledgerMonths,
            MonthService months, AwardLedger ledger, BehaviourEvents events, ObjectionService objections,
            BalanceService balances, Clock clock) {
        this.villages = villages;
        this.households = households;
        this.ledgerMonths = ledgerMonths;
        this.months = months;
        this.ledger = ledger;
        this.events = events;
        this.objections = objections;
        this.balances = balances;
        this.clock = clock;
    }

    /** The household's page: its latest months, each with its figures and first {@value #ENTRIES_SHOWN} entries. */
    @Transactional(readOnly = true)
    public HouseholdPage page(CardHolder holder) {
        return assemble(holder, null, 0);
    }

    /**
     * The household's page with one month only, its entries by pages of {@value #ENTRIES_PER_PAGE} (page from 1);
     * a month the household has no entries in shows none.
     */
    @Transactional(readOnly = true)
    public HouseholdPage page(CardHolder holder, YearMonth month, int page) {
        return assemble(holder, month, Math.max(1, page));
    }

    private HouseholdPage assemble(CardHolder holder, @Nullable YearMonth onlyMonth, int page) {
        Village village = villages.findById(holder.villageId()).orElseThrow(CardNotFound::new);
        Household household = households.findByIdAndVillageId(holder.householdId(), village.id())
                .orElseThrow(CardNotFound::new);
        List<YearMonth> latest = ledgerMonths.of(village.id(), household.id(), PageRequest.of(0, MONTHS_SHOWN));
        List<YearMonth> shown = onlyMonth == null ? latest
                : ledgerMonths.of(village.id(), household.id(), PageRequest.of(0, Integer.MAX_VALUE)).stream()
                        .filter(onlyMonth::equals).toList();
        Set<Quarter> quarters = new LinkedHashSet<>();
        shown.forEach(month -> quarters.add(Quarter.of(month)));
        List<HouseholdPage.OpenNotice> open = new ArrayList<>();
        for (Quarter quarter : quarters) {
            Optional<NoticePeriod> period = objections.noticePeriod(village.id(), quarter);
            if (period.isPresent() && period.get().includes(clock.instant())) {
                open.add(new HouseholdPage.OpenNotice(quarter.toString(), quarter.label(),
                        period.get().lastDay(clock.getZone())));
            }
        }
        Set<String> openQuarters = new HashSet<>();
        open.forEach(notice -> openQuarters.add(notice.quarter()));
        List<HouseholdPage.Month> pageMonths = new ArrayList<>();
        for (YearMonth month : shown) {
            // Only the page's entries are read (ADR 0220); the figures count every entry of the month.
            EntryPage entryPage = onlyMonth == null ? EntryPage.first(ENTRIES_SHOWN)
                    : EntryPage.number(page, ENTRIES_PER_PAGE);
            MonthView view = months.view(village.getCode(), household.id(), month, entryPage);
            // Only a quarter in its notice period can take objections: the others skip the per-entry check.
            boolean noticeOpen = openQuarters.contains(Quarter.of(month).toString());
            int from = (int) Math.min(entryPage.skip(), view.entries());
            pageMonths.add(new HouseholdPage.Month(view, view.awards().stream()
                    .map(entry -> line(village, household, entry, noticeOpen)).toList(),
                    view.adjustments(), from, (int) view.entries(), onlyMonth == null ? 0 : page));
        }
        return new HouseholdPage(village.getName(), household.getHouseholdNo(), household.getHeadName(),
                household.getGroup(), open, pageMonths, objections.ofHousehold(village.id(), household.id()),
                balances.balance(village, household));
    }

    private HouseholdPage.Line line(Village village, Household household, MonthView.Entry entry,
            boolean noticeOpen) {
        Optional<BehaviourEvent> event = entry.eventId() == null ? Optional.empty()
                : events.findByVillageIdAndEventId(village.id(), entry.eventId());
        boolean reversed = entry.reverses() == null && ledger.existsByReversesAwardId(entry.id());
        boolean objectable = noticeOpen
                && objections.objectable(village, household.id(), ledger.findById(entry.id()).orElseThrow());
        return new HouseholdPage.Line(entry, event.map(BehaviourEvent::getType).orElse(null),
                event.map(BehaviourEvent::getOccurredOn).orElse(null), reversed, objectable);
    }
}
