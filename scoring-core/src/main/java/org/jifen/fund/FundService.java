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
        @Nullable RewardView reward = request.rewardId() == null ? null : catalogue.get(villageCode, request.rewardId());
        long balance = balance(village);
        long amount = Money.fen(request.amount());
        if (amount > balance) {
            throw new FundInsufficient(Money.yuan(balance), Money.yuan(amount));
        }
        FundEntry entry = entries.save(FundEntry.purchase(village.id(), request.supplier(), amount, on,
                request.note(), reward == null ? null : reward.id(), reward == null ? null : reward.name(),
                request.quantity(), by.username(), clock.instant()));
        if (reward != null && request.quantity() != null) {
            catalogue.receive(villageCode, reward.id(), new Goods(request.quantity(), "用奖励资金购入："
                    + request.supplier() + "，" + Money.yuan(amount) + " 元（资金支出 " + entry.id() + "）"), by);
        }
        return FundEntryView.of(entry);
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
                received += entry.getAmountFen();
                bySource.merge(entry.getSource(), Money.yuan(entry.getAmountFen()), BigDecimal::add);
            } else {
                spent += entry.getAmountFen();
            }
        }
        return new Fund(village.getCode(), Money.yuan(received - spent), Money.yuan(received), bySource,
                Money.yuan(spent), all.stream().map(FundEntryView::of).toList());
    }

    /** The village's entries, for its books. */
    @Transactional(readOnly = true)
    public List<FundEntry> entries(long villageId) {
        return entries.findByVillageIdOrderByOnAscIdAsc(villageId);
    }

    private long balance(Village village) {
        return entries.findByVillageIdOrderByOnAscIdAsc(village.id()).stream().mapToLong(FundEntry::signedFen).sum();
    }

    private LocalDate day(@Nullable LocalDate requested) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = requested == null ? today : requested;
        if (on.isAfter(today)) {
            throw new NotYetHappened(on, today);
        }
        return on;
    }

    private Village village(String code) {
        return villages.findByCode(code).orElseThrow(() -> new VillageNotFound(code));
    }
}
