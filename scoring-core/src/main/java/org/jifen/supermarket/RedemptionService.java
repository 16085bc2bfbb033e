package org.jifen.supermarket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.access.Actor;
import org.jifen.balance.BalanceService;
import org.jifen.household.Household;
import org.jifen.household.HouseholdNotFound;
import org.jifen.household.Households;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Households exchanging points for goods, and cancellations. One transaction per redemption locks, in this order,
 * the household (its points: {@link BalanceService#settle}), the item (its stock) and the village's ledger head (the
 * spending's entry), so that no two redemptions spend the same points or the same last item, on any number of nodes.
 * {@code redemptionId} makes it idempotent: a repeat with the same body answers the first redemption, a repeat with
 * another body is refused, and a race between two first submissions is settled by the database's unique key.
 */
@Service
public class RedemptionService {

    private final Villages villages;
    private final Households households;
    private final Rewards rewards;
    private final Redemptions redemptions;
    private final RedemptionCancellations cancellations;
    private final StockMovements movements;
    private final BalanceService balances;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RedemptionService(Villages villages, Households households, Rewards rewards, Redemptions redemptions,
            RedemptionCancellations cancellations, StockMovements movements, BalanceService balances,
            TransactionTemplate transactions, Clock clock) {
        this.villages = villages;
        this.households = households;
        this.rewards = rewards;
        this.redemptions = redemptions;
        this.cancellations = cancellations;
        this.movements = movements;
        this.balances = balances;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Redeemed redeem(String villageCode, long householdId, Redeem request, Actor by) {
        try {
            return transactions.execute(status -> redeemOnce(villageCode, householdId, request, by));
        } catch (DataIntegrityViolationException raced) {
            // Another request stored the same redemptionId first (for another household): answer as a repeat would.
            Village village = villages.findByCode(villageCode).orElseThrow(() -> raced);
            return transactions.execute(status -> replay(village, householdId, request)).orElseThrow(() -> raced);
        }
    }

    private Redeemed redeemOnce(String villageCode, long householdId, Redeem request, Actor by) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        Optional<Redeemed> repeat = replay(village, householdId, request);
        if (repeat.isPresent()) {
            return repeat.get();
        }
        BalanceService.Settled settled = balances.settle(village, householdId);
        // Asked again under the household's lock: a repeat racing its original waited for it, and sees it now.
        repeat = replay(village, householdId, request);
        if (repeat.isPresent()) {
            return repeat.get();
        }
        Reward reward = rewards.lock(request.rewardId(), village.id())
                .orElseThrow(() -> new RewardNotFound(villageCode, request.rewardId()));
        if (!reward.isOnSale()) {
            throw new RewardNotOnSale(reward.getName());
        }
        int quantity = request.quantity();
        int points = Math.multiplyExact(reward.getCost(), quantity);
        int availableAfter = settled.require(points) - points;
        int stockAfter = reward.take(quantity);
        Instant now = clock.instant();
        Redemption redemption = redemptions.save(new Redemption(village.id(), householdId, request, reward,
                availableAfter, by.username(), now));
        movements.save(new StockMovement(reward, StockChange.REDEEMED, quantity, stockAfter,
                "兑换单 " + redemption.getRedemptionId(), redemption.id(), by.username(), now));
        balances.spend(settled, points, redemption.id(), "兑换 " + reward.getName() + " ×" + quantity + "（兑换单 "
                + redemption.getRedemptionId() + "）", by.username(), now);
        return new Redeemed(view(village, redemption, settled.household(), null), true);
    }

    /** Takes a redemption back: its points and its goods return as new entries, with who and why. Once. */
    public RedemptionView cancel(String villageCode, String redemptionId, Cancellation request, Actor by) {
        return transactions.execute(status -> {
            Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
            Redemption redemption = redemptions.findByVillageIdAndRedemptionId(village.id(), redemptionId)
                    .orElseThrow(() -> new RedemptionNotFound(villageCode, redemptionId));
            BalanceService.Settled settled = balances.settle(village, redemption.getHouseholdId());
            if (cancellations.findByRedemptionRowId(redemption.id()).isPresent()) {
                throw new RedemptionAlreadyCancelled(redemptionId);
            }
            Reward reward = rewards.lock(redemption.getRewardId(), village.id()).orElseThrow();
            Instant now = clock.instant();
            RedemptionCancellation cancellation = cancellations.save(new RedemptionCancellation(redemption,
                    request.reason(), by.username(), now));
            movements.save(new StockMovement(reward, StockChange.RETURNED, redemption.getQuantity(),
                    reward.putBack(redemption.getQuantity()), "撤销兑换单 " + redemptionId + "：" + request.reason(),
                    redemption.id(), by.username(), now));
            balances.giveBack(settled, redemption.getPoints(), redemption.id(), "撤销兑换 "
                    + redemption.getRewardName() + " ×" + redemption.getQuantity() + "（兑换单 " + redemptionId
                    + "）：" + request.reason(), by.username(), now);
            return view(village, redemption, settled.household(), cancellation);
        });
    }

    public RedemptionView find(String villageCode, String redemptionId) {
        return transactions.execute(status -> {
            Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
            Redemption redemption = redemptions.findByVillageIdAndRedemptionId(village.id(), redemptionId)
                    .orElseThrow(() -> new RedemptionNotFound(villageCode, redemptionId));
            return view(village, redemption);
        });
    }

    public Receipt receipt(String villageCode, String redemptionId) {
        return transactions.execute(status -> {
            Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
            Redemption redemption = redemptions.findByVillageIdAndRedemptionId(village.id(), redemptionId)
                    .orElseThrow(() -> new RedemptionNotFound(villageCode, redemptionId));
            return new Receipt(village.getCode(), village.getName(), view(village, redemption),
                    clock.instant());
        });
    }

    /** A household's redemptions, newest first. */
    public List<RedemptionView> ofHousehold(String villageCode, long householdId) {
        return transactions.execute(status -> {
            Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
            Household household = households.findByIdAndVillageId(householdId, village.id())
                    .orElseThrow(() -> new HouseholdNotFound(villageCode, householdId));
            List<Redemption> found = redemptions.findByVillageIdAndHouseholdIdOrderByIdDesc(village.id(),
                    householdId);
            Map<Long, RedemptionCancellation> cancelled = cancellations.findByRedemptionRowIdIn(
                            found.stream().map(Redemption::id).toList()).stream()
                    .collect(Collectors.toMap(RedemptionCancellation::getRedemptionRowId, Function.identity()));
            return found.stream().map(r -> view(village, r, household, cancelled.get(r.id()))).toList();
        });
    }

    private Optional<Redeemed> replay(Village village, long householdId, Redeem request) {
        return redemptions.findByVillageIdAndRedemptionId(village.id(), request.redemptionId()).map(first -> {
            if (!first.getFingerprint().equals(request.fingerprint(householdId))) {
                throw new RedemptionIdReused(request.redemptionId());
            }
            return new Redeemed(view(village, first), false);
        });
    }

    private RedemptionView view(Village village, Redemption redemption) {
        Household household = households.findById(redemption.getHouseholdId()).orElseThrow();
        return view(village, redemption, household,
                cancellations.findByRedemptionRowId(redemption.id()).orElse(null));
    }

    private static RedemptionView view(Village village, Redemption redemption, Household household,
            @org.jspecify.annotations.Nullable RedemptionCancellation cancellation) {
        return new RedemptionView(redemption.id(), redemption.getRedemptionId(), household.id(),
                household.getHouseholdNo(), household.getHeadName(), household.getGroup(), redemption.getRewardId(),
                redemption.getRewardName(), redemption.getCost(), redemption.getQuantity(), redemption.getPoints(),
                redemption.getAvailableAfter(), redemption.getNote(), redemption.getRecordedBy(),
                redemption.getRecordedAt(),
                cancellation == null ? null : new RedemptionView.Cancelled(cancellation.getReason(),
                        cancellation.getRecordedBy(), cancellation.getRecordedAt()),
                "/api/villages/" + village.getCode() + "/redemptions/" + redemption.getRedemptionId());
    }
}
