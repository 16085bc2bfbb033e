package org.jifen.books;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.fund.FundEntry;
import org.jifen.fund.FundEntryKind;
import org.jifen.fund.FundEntryView;
import org.jifen.fund.FundService;
import org.jifen.fund.FundSource;
import org.jifen.fund.Money;
import org.jifen.month.Period;
import org.jifen.supermarket.Redemption;
import org.jifen.supermarket.RedemptionCancellation;
import org.jifen.supermarket.RedemptionCancellations;
import org.jifen.supermarket.Redemptions;
import org.jifen.supermarket.Reward;
import org.jifen.supermarket.Rewards;
import org.jifen.supermarket.StockChange;
import org.jifen.supermarket.StockMovement;
import org.jifen.supermarket.StockMovements;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws up the supermarket's books for a period from what is recorded: fund entries by their date, stock movements,
 * redemptions and cancellations by when they were recorded (days in the township's time zone).
 */
@Service
public class BooksService {

    private final Villages villages;
    private final FundService fund;
    private final Rewards rewards;
    private final StockMovements movements;
    private final Redemptions redemptions;
    private final RedemptionCancellations cancellations;
    private final Clock clock;

    BooksService(Villages villages, FundService fund, Rewards rewards, StockMovements movements,
            Redemptions redemptions, RedemptionCancellations cancellations, Clock clock) {
        this.villages = villages;
        this.fund = fund;
        this.rewards = rewards;
        this.movements = movements;
        this.redemptions = redemptions;
        this.cancellations = cancellations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Books books(String villageCode, String periodText) {
        Period period = Period.parse(periodText);
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        if (period.from().isAfter(java.time.LocalDate.now(clock))) {
            throw new PeriodNotStarted(period.label());
        }
        ZoneId zone = clock.getZone();
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant until = period.until().atStartOfDay(zone).toInstant();
        return new Books(village.getCode(), village.getName(), period.text(), period.label(), period.from(),
                period.until(), fund(village, period), goods(village, from, until),
                redemptions(village, from, until), clock.instant());
    }

    private Books.FundPart fund(Village village, Period period) {
        long opening = 0;
        long received = 0;
        long spent = 0;
        List<FundEntryView> in = new ArrayList<>();
        List<FundEntryView> out = new ArrayList<>();
        Map<FundSource, BigDecimal> bySource = new EnumMap<>(FundSource.class);
        List<FundEntry> entries = fund.entries(village.id());
        List<FundEntryView> views = FundService.views(entries);
        for (int i = 0; i < entries.size(); i++) {
            FundEntry entry = entries.get(i);
            if (entry.getOn().isBefore(period.from())) {
                opening += entry.signedFen();
            } else if (entry.getOn().isBefore(period.until())) {
                if (entry.getKind() == FundEntryKind.INCOME) {
                    received += entry.kindFen();
                    in.add(views.get(i));
                    if (entry.getSource() != null) {
                        bySource.merge(entry.getSource(), Money.yuan(entry.kindFen()), BigDecimal::add);
                    }
                } else {
                    spent += entry.kindFen();
                    out.add(views.get(i));
                }
            }
        }
        return new Books.FundPart(Money.yuan(opening), in, Money.yuan(received), bySource, out, Money.yuan(spent),
                Money.yuan(opening + received - spent));
    }

    private List<Books.GoodsLine> goods(Village village, Instant from, Instant until) {
        Map<Long, Integer> opening = new HashMap<>();
        movements.findByVillageIdAndRecordedAtLessThanOrderById(village.id(), from)
                .forEach(movement -> opening.put(movement.getRewardId(), movement.getStockAfter()));
        Map<Long, Map<StockChange, Integer>> moved = new LinkedHashMap<>();
        for (StockMovement movement : movements
                .findByVillageIdAndRecordedAtGreaterThanEqualAndRecordedAtLessThanOrderById(village.id(), from, until)) {
            moved.computeIfAbsent(movement.getRewardId(), id -> new EnumMap<>(StockChange.class))
                    .merge(movement.getKind(), movement.getQuantity(), Integer::sum);
        }
        Map<Long, int[]> points = new HashMap<>();
        Map<Long, java.util.SortedSet<Integer>> costs = new HashMap<>();
        List<Redemption> redeemed = redemptions
                .findByVillageIdAndRecordedAtGreaterThanEqualAndRecordedAtLessThanOrderById(village.id(), from, until);
        redeemed.forEach(r -> points.computeIfAbsent(r.getRewardId(), id -> new int[2])[0] += r.getPoints());
        redeemed.forEach(r -> costs.computeIfAbsent(r.getRewardId(), id -> new java.util.TreeSet<>()).add(r.getCost()));
        for (Redemption cancelled : cancelledIn(village, from, until)) {
            points.computeIfAbsent(cancelled.getRewardId(), id -> new int[2])[1] += cancelled.getPoints();
        }
        List<Books.GoodsLine> lines = new ArrayList<>();
        for (Reward reward : rewards.findByVillageIdOrderById(village.id())) {
            if (!opening.containsKey(reward.id()) && !moved.containsKey(reward.id())) {
                continue;
            }
            int start = opening.getOrDefault(reward.id(), 0);
            Map<StockChange, Integer> sums = moved.getOrDefault(reward.id(), Map.of());
            int received = sums.getOrDefault(StockChange.RECEIVED, 0);
            int writtenOff = sums.getOrDefault(StockChange.WRITTEN_OFF, 0);
            int taken = sums.getOrDefault(StockChange.REDEEMED, 0);
            int returned = sums.getOrDefault(StockChange.RETURNED, 0);
            int reversed = sums.getOrDefault(StockChange.REVERSED, 0);
            int[] pointSums = points.getOrDefault(reward.id(), new int[2]);
            lines.add(new Books.GoodsLine(reward.id(), reward.getName(), reward.getCost(),
                    List.copyOf(costs.getOrDefault(reward.id(), new java.util.TreeSet<>())), start, received, reversed,
                    writtenOff, taken, returned, start + received - reversed + returned - writtenOff - taken,
                    pointSums[0], pointSums[1]));
        }
        return lines;
    }

    private Books.RedemptionsPart redemptions(Village village, Instant from, Instant until) {
        List<Redemption> redeemed = redemptions
                .findByVillageIdAndRecordedAtGreaterThanEqualAndRecordedAtLessThanOrderById(village.id(), from, until);
        List<Redemption> cancelled = cancelledIn(village, from, until);
        return new Books.RedemptionsPart(redeemed.size(), cancelled.size(),
                redeemed.stream().mapToInt(Redemption::getPoints).sum(),
                cancelled.stream().mapToInt(Redemption::getPoints).sum(),
                (int) redeemed.stream().map(Redemption::getHouseholdId).distinct().count());
    }

    /** The redemptions whose cancellation was recorded in the period. */
    private List<Redemption> cancelledIn(Village village, Instant from, Instant until) {
        List<Long> ids = cancellations
                .findByVillageIdAndRecordedAtGreaterThanEqualAndRecordedAtLessThanOrderById(village.id(), from, until)
                .stream().map(RedemptionCancellation::getRedemptionRowId).toList();
        return ids.isEmpty() ? List.of() : redemptions.findByIdIn(ids);
    }
}
