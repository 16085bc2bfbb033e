package org.jifen.supermarket;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.access.Actor;
import org.jifen.files.EvidenceFile;
import org.jifen.files.EvidenceKind;
import org.jifen.files.EvidenceTypeNotAllowed;
import org.jifen.files.UploadedFile;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.jspecify.annotations.Nullable;
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
    private final RewardPhotos photos;
    private final Clock clock;

    CatalogueService(Villages villages, Rewards rewards, StockMovements movements, Redemptions redemptions,
            RewardPhotos photos, Clock clock) {
        this.villages = villages;
        this.rewards = rewards;
        this.movements = movements;
        this.redemptions = redemptions;
        this.photos = photos;
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
        return RewardView.of(village.getCode(), reward, false);
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
        return view(village, reward);
    }

    @Transactional(readOnly = true)
    public List<RewardView> list(String villageCode) {
        Village village = village(villageCode);
        Set<Long> withPhoto = new HashSet<>(photos.withPhoto(village.id()));
        return rewards.findByVillageIdOrderById(village.id()).stream()
                .map(reward -> RewardView.of(village.getCode(), reward, withPhoto.contains(reward.id()))).toList();
    }

    @Transactional(readOnly = true)
    public RewardView get(String villageCode, long id) {
        Village village = village(villageCode);
        return view(village, rewards.findByIdAndVillageId(id, village.id())
                .orElseThrow(() -> new RewardNotFound(villageCode, id)));
    }

    /**
     * A photo of the item, checked as evidence is (its type read from its bytes, within the size limit) and a picture
     * (JPEG, PNG or WebP), not a PDF: it is shown in the catalogue. The newest is the item's photo; older ones are kept.
     */
    @Transactional
    public RewardView addPhoto(String villageCode, long id, @Nullable String fileName, byte[] content, Actor by) {
        Village village = village(villageCode);
        Reward reward = locked(village, id);
        UploadedFile file = checkedPhoto(fileName, content);
        photos.save(new RewardPhoto(reward, file, by.username(), clock.instant()));
        return RewardView.of(village.getCode(), reward, true);
    }

    /** A file checked as an item's photo: as evidence is, and a picture (JPEG, PNG or WebP), not a PDF. */
    public static UploadedFile checkedPhoto(@Nullable String fileName, byte[] content) {
        UploadedFile file;
        try {
            file = UploadedFile.checked(fileName, content, "photo");
        } catch (EvidenceTypeNotAllowed notAPhotoOrPdf) {
            throw new RewardPhotoNotAnImage(notAPhotoOrPdf.fileName(), false);
        }
        if (file.kind() != EvidenceKind.PHOTO) {
            throw new RewardPhotoNotAnImage(file.name(), true);
        }
        return file;
    }

    /** The item's newest photo, as stored. */
    @Transactional(readOnly = true)
    public EvidenceFile photo(String villageCode, long id) {
        Village village = village(villageCode);
        Reward reward = rewards.findByIdAndVillageId(id, village.id())
                .orElseThrow(() -> new RewardNotFound(villageCode, id));
        RewardPhoto photo = photos.findFirstByRewardIdOrderByIdDesc(reward.id())
                .orElseThrow(() -> new RewardPhotoNotFound(id));
        return photo.file().download();
    }

    private RewardView view(Village village, Reward reward) {
        return RewardView.of(village.getCode(), reward, photos.existsByRewardId(reward.id()));
    }

    /** Goods arrived (bought, donated): the stock grows by the quantity. */
    @Transactional
    public StockMovementView receive(String villageCode, long id, Goods goods, Actor by) {
        Reward reward = locked(village(villageCode), id);
        return StockMovementView.of(movements.save(new StockMovement(reward, StockChange.RECEIVED, goods.quantity(),
                reward.receive(goods.quantity()), goods.reason(), null, by.username(), clock.instant())), null);
    }

    /** Goods bought with the fund's purchase {@code fundEntryId}, received into stock. */
    @Transactional
    public StockMovementView receive(String villageCode, long id, Goods goods, long fundEntryId, Actor by) {
        Reward reward = locked(village(villageCode), id);
        return StockMovementView.of(movements.save(new StockMovement(reward, StockChange.RECEIVED, goods.quantity(),
                reward.receive(goods.quantity()), goods.reason(), null, by.username(), clock.instant())
                .bought(fundEntryId)), null);
    }

    /**
     * Takes back a mistyped receipt (冲红, ADR 0151): a new movement takes its quantity out of stock, naming it; the
     * receipt stays. Goods bought with the fund are taken back with their purchase, not here, so money and goods
     * never disagree; goods already redeemed or written off cannot be taken back.
     */
    @Transactional
    public StockMovementView reverseReceipt(String villageCode, long id, long movementId, String reason, Actor by) {
        Village village = village(villageCode);
        Reward reward = locked(village, id);
        StockMovement receipt = movements.findByIdAndRewardId(movementId, reward.id())
                .orElseThrow(() -> new StockMovementNotFound(reward.getName(), movementId));
        if (receipt.getKind() != StockChange.RECEIVED) {
            throw new OnlyReceiptsAreReversed(movementId, receipt.getKind());
        }
        if (receipt.getFundEntryId() != null) {
            throw new ReceiptOfPurchase(movementId, receipt.getFundEntryId());
        }
        return StockMovementView.of(reversal(reward, receipt, reason, by), null);
    }

    /** Takes the goods of the fund's purchase {@code fundEntryId} back out of stock, as that purchase is reversed. */
    @Transactional
    public void reversePurchase(String villageCode, long id, long fundEntryId, String reason, Actor by) {
        Reward reward = locked(village(villageCode), id);
        StockMovement receipt = movements.findByFundEntryId(fundEntryId).orElseGet(() -> movements
                .findByRewardIdOrderById(reward.id()).stream()
                .filter(movement -> movement.getKind() == StockChange.RECEIVED && movement.getReason() != null
                        && movement.getReason().endsWith("（资金支出 " + fundEntryId + "）"))
                .findFirst().orElseThrow(() -> new StockMovementNotFound(reward.getName(), fundEntryId)));
        reversal(reward, receipt, reason, by);
    }

    private StockMovement reversal(Reward reward, StockMovement receipt, String reason, Actor by) {
        movements.findByReversesId(receipt.id()).ifPresent(reversal -> {
            throw new ReceiptAlreadyReversed(receipt.id(), reversal.id());
        });
        if (receipt.getQuantity() > reward.getStock()) {
            throw new ReceivedGoodsAlreadyGone(reward.getName(), reward.getStock(), receipt.getQuantity());
        }
        return movements.save(new StockMovement(reward, StockChange.REVERSED, receipt.getQuantity(),
                reward.writeOff(receipt.getQuantity()), reason, null, by.username(), clock.instant())
                .reversing(receipt));
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
