package org.jifen.supermarket.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.balance.NotEnoughPoints;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.jifen.files.EvidenceTooLarge;
import org.jifen.files.EvidenceTypeNotAllowed;
import org.jifen.files.StoredFiles;
import org.jifen.household.HouseholdNotFound;
import org.jifen.problem.MalformedRequest;
import org.jifen.supermarket.Cancellation;
import org.jifen.supermarket.CatalogueService;
import org.jifen.supermarket.Goods;
import org.jifen.supermarket.NewReward;
import org.jifen.supermarket.NotEnoughStock;
import org.jifen.supermarket.OnlyReceiptsAreReversed;
import org.jifen.supermarket.ReceiptAlreadyReversed;
import org.jifen.supermarket.ReceiptOfPurchase;
import org.jifen.supermarket.ReceiptReversal;
import org.jifen.supermarket.ReceivedGoodsAlreadyGone;
import org.jifen.supermarket.StockMovementNotFound;
import org.jifen.supermarket.Receipt;
import org.jifen.supermarket.Redeem;
import org.jifen.supermarket.Redeemed;
import org.jifen.supermarket.RedemptionAlreadyCancelled;
import org.jifen.supermarket.RedemptionIdReused;
import org.jifen.supermarket.RedemptionNotFound;
import org.jifen.supermarket.RedemptionService;
import org.jifen.supermarket.RedemptionView;
import org.jifen.supermarket.RewardEdit;
import org.jifen.supermarket.RewardNameTaken;
import org.jifen.supermarket.RewardNotFound;
import org.jifen.supermarket.RewardNotOnSale;
import org.jifen.supermarket.RewardPhotoNotAnImage;
import org.jifen.supermarket.RewardPhotoNotFound;
import org.jifen.supermarket.RewardView;
import org.jifen.supermarket.StockMovementView;
import org.jifen.web.PrintStyle;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** The points supermarket: the catalogue and its stock, redemptions, their receipts and cancellations. */
@RestController
@Tag(name = "积分超市 Points supermarket", description = "物品、库存、兑换与小票 (catalogue, stock, redemptions, receipts)")
class SupermarketController {

    private final CatalogueService catalogue;
    private final RedemptionService redemptions;

    SupermarketController(CatalogueService catalogue, RedemptionService redemptions) {
        this.catalogue = catalogue;
        this.redemptions = redemptions;
    }

    @AuditedAct(code = "reward.added", label = "积分超市上架物品", target = "reward #{#request.name()}",
            details = "{cost: #request.cost(), stock: #request.stock(), id: #result?.body?.id()}")
    @Operation(operationId = "addReward", summary = "积分超市上架物品 · Add an item to the catalogue",
            responses = @ApiResponse(responseCode = "201", description = "已上架 (added)", useReturnTypeSchema = true))
    @Refuses(RewardNameTaken.class)
    @PostMapping("/api/villages/{code}/rewards")
    ResponseEntity<RewardView> add(@PathVariable String code, @Valid @RequestBody NewReward request, Actor by) {
        RewardView added = catalogue.add(code, request, by);
        return ResponseEntity.created(URI.create("/api/villages/" + code + "/rewards/" + added.id())).body(added);
    }

    @Operation(operationId = "listRewards", summary = "积分超市的物品 · List the catalogue")
    @GetMapping("/api/villages/{code}/rewards")
    List<RewardView> list(@PathVariable String code) {
        return catalogue.list(code);
    }

    @Operation(operationId = "getReward", summary = "一件物品及其库存 · Get an item and its stock")
    @Refuses(RewardNotFound.class)
    @GetMapping("/api/villages/{code}/rewards/{id}")
    RewardView one(@PathVariable String code, @PathVariable long id) {
        return catalogue.get(code, id);
    }

    @AuditedAct(code = "reward.changed", label = "修改积分超市物品", target = "reward #{#id}",
            details = "{name: #edit.name(), cost: #edit.cost(), onSale: #edit.onSale()}")
    @Operation(operationId = "changeReward", summary = "修改物品（名称、积分、上下架）· Change an item")
    @Refuses({RewardNotFound.class, RewardNameTaken.class})
    @PatchMapping("/api/villages/{code}/rewards/{id}")
    RewardView edit(@PathVariable String code, @PathVariable long id, @Valid @RequestBody RewardEdit edit, Actor by) {
        return catalogue.edit(code, id, edit, by);
    }

    /** A photo of the item (part {@code file}); the newest one is shown. */
    @AuditedAct(code = "reward.photo-added", label = "上传积分超市物品照片", target = "reward #{#id}",
            details = "{file: #files == null || #files.isEmpty() ? null : #files[0].originalFilename}")
    @Operation(operationId = "addRewardPhoto", summary = "上传物品照片 · Add a photo of an item",
            responses = @ApiResponse(responseCode = "201", description = "已上传 (the item)", useReturnTypeSchema = true))
    @Refuses({RewardNotFound.class, EvidenceTooLarge.class, EvidenceTypeNotAllowed.class,
            RewardPhotoNotAnImage.class})
    @PostMapping(path = "/api/villages/{code}/rewards/{id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RewardView> addPhoto(@PathVariable String code, @PathVariable long id,
            @RequestParam(name = "file", required = false) @Nullable List<MultipartFile> files, Actor by) {
        if (files == null || files.size() != 1) {
            throw new MalformedRequest("请在字段 file 里上传一张照片，每次一个文件"
                    + (files == null ? "" : "，现有 " + files.size() + " 个"));
        }
        MultipartFile file = files.get(0);
        RewardView reward = catalogue.addPhoto(code, id, file.getOriginalFilename(), StoredFiles.bytes(file), by);
        return ResponseEntity.created(URI.create("/api/villages/" + code + "/rewards/" + id + "/photo")).body(reward);
    }

    /** The item's photo as stored, to show in a page; sandboxed, never sniffed. */
    @Operation(operationId = "getRewardPhoto", summary = "物品照片 · Get an item's photo")
    @Refuses({RewardNotFound.class, RewardPhotoNotFound.class})
    @GetMapping("/api/villages/{code}/rewards/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable String code, @PathVariable long id) {
        return StoredFiles.inline(catalogue.photo(code, id));
    }

    @AuditedAct(code = "stock.received", label = "积分超市物品入库", target = "reward #{#id}",
            details = "{quantity: #goods.quantity(), reason: #goods.reason()}")
    @Operation(operationId = "receiveStock", summary = "物品入库 · Receive goods into stock",
            responses = @ApiResponse(responseCode = "201", description = "已入库 (the stock movement)", useReturnTypeSchema = true))
    @Refuses(RewardNotFound.class)
    @PostMapping("/api/villages/{code}/rewards/{id}/stock:receive")
    ResponseEntity<StockMovementView> receive(@PathVariable String code, @PathVariable long id,
            @Valid @RequestBody Goods goods, Actor by) {
        return created(code, id, catalogue.receive(code, id, goods, by));
    }

    @AuditedAct(code = "stock.written-off", label = "积分超市物品报损", target = "reward #{#id}",
            details = "{quantity: #goods.quantity(), reason: #goods.reason()}")
    @Operation(operationId = "writeOffStock", summary = "物品报损 · Write goods off",
            responses = @ApiResponse(responseCode = "201", description = "已报损 (the stock movement)", useReturnTypeSchema = true))
    @Refuses({RewardNotFound.class, NotEnoughStock.class})
    @PostMapping("/api/villages/{code}/rewards/{id}/stock:write-off")
    ResponseEntity<StockMovementView> writeOff(@PathVariable String code, @PathVariable long id,
            @Valid @RequestBody Goods goods, Actor by) {
        return created(code, id, catalogue.writeOff(code, id, goods, by));
    }

    @AuditedAct(code = "stock.receipt-reversed", label = "积分超市入库冲红", target = "stock movement #{#movement}",
            details = "{reward: #id, reason: #request.reason(), reversal: #result?.body?.id()}")
    @Operation(operationId = "reverseStockReceipt", summary = "冲红一笔录错的入库 · Reverse a mistyped receipt of goods",
            description = "入库录错（如数量多打一个 0）时，用一笔冲红记录把这笔入库的数量全数退出库存，原入库记录保留，两笔都在库存变动和台账里；"
                    + "再按实际数量重新入库。用奖励资金购买的物品请冲红那笔资金支出。 · The receipt stays; a REVERSED movement takes "
                    + "its quantity out of stock, naming it. Goods bought with the fund are reversed with their purchase.",
            responses = @ApiResponse(responseCode = "201", description = "已冲红 (the reversing stock movement)",
                    useReturnTypeSchema = true))
    @Refuses({RewardNotFound.class, StockMovementNotFound.class, OnlyReceiptsAreReversed.class,
            ReceiptOfPurchase.class, ReceiptAlreadyReversed.class, ReceivedGoodsAlreadyGone.class})
    @PostMapping("/api/villages/{code}/rewards/{id}/stock/{movement}/reversal")
    ResponseEntity<StockMovementView> reverseReceipt(@PathVariable String code, @PathVariable long id,
            @PathVariable long movement, @Valid @RequestBody ReceiptReversal request, Actor by) {
        return created(code, id, catalogue.reverseReceipt(code, id, movement, request.reason(), by));
    }

    @Operation(operationId = "listStockMovements", summary = "物品的库存变动 · List an item's stock movements")
    @Refuses(RewardNotFound.class)
    @GetMapping("/api/villages/{code}/rewards/{id}/stock")
    List<StockMovementView> movements(@PathVariable String code, @PathVariable long id) {
        return catalogue.movements(code, id);
    }

    /** 201 for a new redemption, 200 with the first answer for a repeat of its redemptionId. */
    @Operation(operationId = "redeem", summary = "用积分兑换物品 · Redeem points for an item",
            responses = @ApiResponse(responseCode = "201", description = "已兑换 (new); 200: the same redemptionId again", useReturnTypeSchema = true))
    @Refuses({HouseholdNotFound.class, RewardNotFound.class, RewardNotOnSale.class, NotEnoughStock.class,
            NotEnoughPoints.class, RedemptionIdReused.class})
    @PostMapping("/api/villages/{code}/households/{id}/redemptions")
    ResponseEntity<RedemptionView> redeem(@PathVariable String code, @PathVariable long id,
            @Valid @RequestBody Redeem request, Actor by) {
        Redeemed redeemed = redemptions.redeem(code, id, request, by);
        return redeemed.created()
                ? ResponseEntity.created(location(code, redeemed.redemption().redemptionId()))
                        .body(redeemed.redemption())
                : ResponseEntity.ok(redeemed.redemption());
    }

    @Operation(operationId = "listHouseholdRedemptions", summary = "一户的兑换记录 · List a household's redemptions")
    @Refuses(HouseholdNotFound.class)
    @GetMapping("/api/villages/{code}/households/{id}/redemptions")
    List<RedemptionView> ofHousehold(@PathVariable String code, @PathVariable long id) {
        return redemptions.ofHousehold(code, id);
    }

    @Operation(operationId = "getRedemption", summary = "一笔兑换及小票（JSON 或可打印的 HTML）· Get a redemption or its receipt (JSON or HTML)")
    @Refuses(RedemptionNotFound.class)
    @GetMapping("/api/villages/{code}/redemptions/{redemptionId}")
    RedemptionView redemption(@PathVariable String code, @PathVariable String redemptionId) {
        return redemptions.find(code, redemptionId);
    }

    /** The receipt (兑换小票) to print or show on a phone (template {@code supermarket/receipt}). */
    @Operation(operationId = "getRedemption", summary = "一笔兑换及小票（JSON 或可打印的 HTML）· Get a redemption or its receipt (JSON or HTML)")
    @Refuses(RedemptionNotFound.class)
    @GetMapping(path = "/api/villages/{code}/redemptions/{redemptionId}", produces = "text/html")
    ModelAndView receipt(@PathVariable String code, @PathVariable String redemptionId) {
        Receipt receipt = redemptions.receipt(code, redemptionId);
        ModelAndView page = new ModelAndView("supermarket/receipt");
        page.addObject("receipt", receipt);
        page.addObject("r", receipt.redemption());
        page.addObject("printStyle", PrintStyle.css());
        return page;
    }

    @AuditedAct(code = "redemption.cancelled", label = "撤销积分兑换", target = "redemption #{#redemptionId}",
            details = "{reason: #cancellation.reason(), points: #result?.body?.points()}")
    @Operation(operationId = "cancelRedemption", summary = "撤销兑换，退回积分和物品 · Cancel a redemption",
            responses = @ApiResponse(responseCode = "201", description = "已撤销 (the redemption with its cancellation)", useReturnTypeSchema = true))
    @Refuses({RedemptionNotFound.class, RedemptionAlreadyCancelled.class})
    @PostMapping("/api/villages/{code}/redemptions/{redemptionId}/cancellation")
    ResponseEntity<RedemptionView> cancel(@PathVariable String code, @PathVariable String redemptionId,
            @Valid @RequestBody Cancellation cancellation, Actor by) {
        RedemptionView cancelled = redemptions.cancel(code, redemptionId, cancellation, by);
        return ResponseEntity.created(location(code, redemptionId)).body(cancelled);
    }

    private static ResponseEntity<StockMovementView> created(String code, long id, StockMovementView movement) {
        return ResponseEntity.created(URI.create("/api/villages/" + code + "/rewards/" + id + "/stock"))
                .body(movement);
    }

    private static URI location(String code, String redemptionId) {
        return UriComponentsBuilder.fromPath("/api/villages/{code}/redemptions/{redemptionId}")
                .buildAndExpand(code, redemptionId).encode().toUri();
    }
}
