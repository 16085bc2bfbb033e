package org.jifen.supermarket;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jifen.access.Actor;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A village's reward catalogue and its stock: items added and changed, goods received and written off. Every change
 * of stock locks the item's row and is a {@link StockMovement} with who and why.
 */
@Service
public class CatalogueService {

    static final String OPENING_STOCK = "建档入库";

    private final Villages villages;
    private final Rewards rewards;
    private final StockMovements movements;
    private final Redemptions redemptions;
    private final Clock clock;

    CatalogueService(Villages villages, Rewards rewards, StockMovements movements, Redemptions redemptions,
            Clock clock) {
        this.villages = villages;
        this.rewards = rewards;
        this.movements = movements;
        this.redemptions = redemptions;
        this.clock = clock;
    }

    @Transactional
    public RewardView add(String villageCode, NewReward request, Actor by) {
        Village village = village(villageCode);
        if (rewards.existsByVillageIdAndName(village.id(), request.name())) {
            throw new RewardNameTaken(request.name());
        }
        Reward reward = rewards.save(new Reward(village.id(), request.name(), request.cost(), request.description(),
                Boolean.TRUE.equals(request.onSale()), by.username(), clock.instant()));
        int stock = request.stock() == null ? 0 : request.stock();
        if (stock > 0) {
            movements.save(new StockMovement(reward, StockChange.RECEIVED, stock, reward.receive(stock),
                    OPENING_STOCK, null, by.username(), clock.instant()));
        }
        return RewardView.of(reward);
    }

    @Transactional
    public RewardView edit(String villageCode, long id, RewardEdit edit, Actor by) {
        Village village = village(villageCode);
        Reward reward = locked(village, id);
        String name = edit.name() == null ? null : edit.name().strip();
        if (name != null && !name.equals(reward.getName()) && rewards.existsByVillageIdAndName(village.id(), name)) {
            throw new RewardNameTaken(name);
        }
        reward.edit(name == null || name.isEmpty() ? null : name, edit.cost(), edit.onSale(), edit.description());
        return RewardView.of(reward);
    }

    @Transactional(readOnly = true)
    public List<RewardView> list(String villageCode) {
        return rewards.findByVillageIdOrderById(village(villageCode).id()).stream().map(RewardView::of).toList();
    }

    @Transactional(readOnly = true)
    public RewardView get(String villageCode, long id) {
        Village village = village(villageCode);
        return RewardView.of(rewards.findByIdAndVillageId(id, village.id())
                .orElseThrow(() -> new RewardNotFound(villageCode, id)));
    }

    /** Goods arrived (bought, donated): the stock grows by the quantity. */
    @Transactional
    public StockMovementView receive(String villageCode, long id, Goods goods, Actor by) {
        Reward reward = locked(village(villageCode), id);
        return StockMovementView.of(movements.save(new StockMovement(reward, StockChange.RECEIVED, goods.quantity(),
                reward.receive(goods.quantity()), goods.reason(), null, by.username(), clock.instant())), null);
    }

    /** Goods lost or spoilt: the stock shrinks by the quantity, never below zero. */
    @Transactional
    public StockMovementView writeOff(String villageCode, long id, Goods goods, Actor by) {
        Reward reward = locked(village(villageCode), id);
        return StockMovementView.of(movements.save(new StockMovement(reward, StockChange.WRITTEN_OFF,
                goods.quantity(), reward.writeOff(goods.quantity()), goods.reason(), null, by.username(),
                clock.instant())), null);
    }

    /** Every change of the item's stock, oldest first. */
    @Transactional(readOnly = true)
    public List<StockMovementView> movements(String villageCode, long id) {
        Village village = village(villageCode);
        Reward reward = rewards.findByIdAndVillageId(id, village.id())
                .orElseThrow(() -> new RewardNotFound(villageCode, id));
        List<StockMovement> all = movements.findByRewardIdOrderById(reward.id());
        Map<Long, String> redemptionIds = new HashMap<>();
        redemptions.findByIdIn(all.stream().map(StockMovement::getRedemptionRowId)
                        .filter(java.util.Objects::nonNull).toList())
                .forEach(redemption -> redemptionIds.put(redemption.id(), redemption.getRedemptionId()));
        return all.stream().map(movement -> StockMovementView.of(movement, movement.getRedemptionRowId() == null
                ? null : redemptionIds.get(movement.getRedemptionRowId()))).toList();
    }

    private Reward locked(Village village, long id) {
        return rewards.lock(id, village.id()).orElseThrow(() -> new RewardNotFound(village.getCode(), id));
    }

    private Village village(String code) {
        return villages.findByCode(code).orElseThrow(() -> new VillageNotFound(code));
    }
}
