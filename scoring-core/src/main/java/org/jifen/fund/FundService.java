package org.jifen.fund;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jifen.access.Actor;
import org.jifen.supermarket.CatalogueService;
import org.jifen.supermarket.Goods;
import org.jifen.supermarket.RewardView;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The village's reward fund: money received with its source and donor, goods bought with it (received into the
 * supermarket's stock when they are for it). A purchase locks the village row, so two purchases at once never
 * spend the same money.
 */
@Service
public class FundService {

    /** Fund entries dated more than this many years ago are taken for typing mistakes, as events are. */
    private static final int OLDEST_YEARS = 5;

    private final Villages villages;
    private final FundEntries entries;
    private final CatalogueService catalogue;
    private final Clock clock;

    FundService(Villages villages, FundEntries entries, CatalogueService catalogue, Clock clock) {
        this.villages = villages;
        this.entries = entries;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional
    public FundEntryView receive(String villageCode, NewIncome request, Actor by) {
        Village village = village(villageCode);
        if (request.source() != FundSource.COLLECTIVE && request.donor() == null) {
            throw new DonorMissing(request.source());
        }
        return FundEntryView.of(entries.save(FundEntry.income(village.id(), request.source(), request.donor(),
                Money.fen(request.amount()), day(request.receivedOn()), request.note(), by.username(),
                clock.instant())));
    }

    @Transactional
    public FundEntryView buy(String villageCode, NewPurchase request, Actor by) {
        Village village = villages.lockByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        if ((request.rewardId() == null) != (request.quantity() == null)) {
            throw new QuantityWithoutItem();
        }
        LocalDate on = day(request.boughtOn());
        LocalDate today = LocalDate.now(clock);
        if (request.rewardId() != null && on.isBefore(today.withDayOfMonth(1))) {
            throw new GoodsBoughtBeforeThisMonth(on, today.withDayOfMonth(1));
        }
        @Nullable RewardView reward = request.rewardId() == null ? null : catalogue.get(villageCode, request.rewardId());
        long spendable = leastHeldFrom(village, on);
        long amount = Money.fen(request.amount());
        if (amount > spendable) {
            throw new FundInsufficient(Money.yuan(spendable), Money.yuan(amount), on, today);
        }
        FundEntry entry = entries.save(FundEntry.purchase(village.id(), request.supplier(), amount, on,
                request.note(), reward == null ? null : reward.id(), reward == null ? null : reward.name(),
                request.quantity(), by.username(), clock.instant()));
        if (reward != null && request.quantity() != null) {
            catalogue.receive(villageCode, reward.id(), new Goods(request.quantity(), "用奖励资金购入："
                    + request.supplier() + "，" + Money.yuan(amount) + " 元（资金支出 " + entry.id() + "）"),
                    entry.id(), by);
        }
        return FundEntryView.of(entry);
    }

    /**
     * Takes back a mistyped entry (冲红, ADR 0151) by a reversing entry dated today, with who and why; the entry
     * itself stays in the books. Taking back income must not leave the fund below zero (the money may have been
     * spent); taking back a purchase of goods takes the goods back out of stock with it, so it needs them in stock.
     */
    @Transactional
    public FundEntryView reverse(String villageCode, long id, FundReversal request, Actor by) {
        Village village = villages.lockByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        FundEntry entry = entries.findByIdAndVillageId(id, village.id())
                .orElseThrow(() -> new FundEntryNotFound(villageCode, id));
        if (entry.isReversal()) {
            throw new FundEntryIsReversing(id);
        }
        entries.findByReversesId(id).ifPresent(reversal -> {
            throw new FundEntryAlreadyReversed(id, reversal.id());
        });
        LocalDate today = LocalDate.now(clock);
        if (entry.getKind() == FundEntryKind.INCOME) {
            long held = leastHeldFrom(village, today);
            if (entry.getAmountFen() > held) {
                throw new FundReversalOverdraws(Money.yuan(entry.getAmountFen()), Money.yuan(held));
            }
        }
        FundEntry reversal = entries.save(entry.reversal(today, request.reason(), by.username(), clock.instant()));
        if (entry.getRewardId() != null) {
            catalogue.reversePurchase(villageCode, entry.getRewardId(), entry.id(), "冲红资金支出 " + entry.id() + "："
                    + request.reason(), by);
        }
        return FundEntryView.of(reversal);
    }

    @Transactional(readOnly = true)
    public Fund fund(String villageCode) {
        Village village = village(villageCode);
        List<FundEntry> all = entries.findByVillageIdOrderByOnAscIdAsc(village.id());
        Map<FundSource, BigDecimal> bySource = new EnumMap<>(FundSource.class);
        long received = 0;
        long spent = 0;
        for (FundEntry entry : all) {
            if (entry.getKind() == FundEntryKind.INCOME && entry.getSource() != null) {
                received += entry.kindFen();
                bySource.merge(entry.getSource(), Money.yuan(entry.kindFen()), BigDecimal::add);
            } else {
                spent += entry.kindFen();
            }
        }
        return new Fund(village.getCode(), Money.yuan(received - spent), Money.yuan(received), bySource,
                Money.yuan(spent), views(all));
    }

    /** The entries as answered, each naming the entry that reversed it, if one did. */
    public static List<FundEntryView> views(List<FundEntry> entries) {
        Map<Long, Long> reversedBy = new java.util.HashMap<>();
        entries.stream().filter(FundEntry::isReversal).forEach(r -> reversedBy.put(r.getReversesId(), r.id()));
        return entries.stream().map(entry -> FundEntryView.of(entry, reversedBy.get(entry.id()))).toList();
    }

    /** The village's entries, for its books. */
    @Transactional(readOnly = true)
    public List<FundEntry> entries(long villageId) {
        return entries.findByVillageIdOrderByOnAscIdAsc(villageId);
    }

    /**
     * The least the fund holds at the end of {@code on} and of every later day with entries: what a purchase dated
     * {@code on} may spend without any day, and so any month of the books, closing below zero.
     */
    private long leastHeldFrom(Village village, LocalDate on) {
        long held = 0;
        long least = Long.MAX_VALUE;
        LocalDate day = null;
        for (FundEntry entry : entries.findByVillageIdOrderByOnAscIdAsc(village.id())) {
            if (day != null && !entry.getOn().equals(day) && !day.isBefore(on)) {
                least = Math.min(least, held); // the end of a day on or after the purchase's
            }
            if (entry.getOn().isAfter(on) && (day == null || !day.isAfter(on))) {
                least = Math.min(least, held); // the end of the purchase's own day
            }
            day = entry.getOn();
            held += entry.signedFen();
        }
        return Math.min(least, held);
    }

    private LocalDate day(@Nullable LocalDate requested) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = requested == null ? today : requested;
        if (on.isAfter(today)) {
            throw new NotYetHappened(on, today);
        }
        LocalDate oldest = today.minusYears(OLDEST_YEARS);
        if (on.isBefore(oldest)) {
            throw new FundDateImplausible(on, oldest);
        }
        return on;
    }

    private Village village(String code) {
        return villages.findByCode(code).orElseThrow(() -> new VillageNotFound(code));
    }
}
