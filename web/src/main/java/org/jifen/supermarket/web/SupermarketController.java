package org.jifen.supermarket.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.audit.web.AuditedAct;
import org.jifen.printable.PrintablePage;
import org.jifen.supermarket.Cancellation;
import org.jifen.supermarket.CatalogueService;
import org.jifen.supermarket.Goods;
import org.jifen.supermarket.NewReward;
import org.jifen.supermarket.ReceiptHtml;
import org.jifen.supermarket.Redeem;
import org.jifen.supermarket.Redeemed;
import org.jifen.supermarket.RedemptionService;
import org.jifen.supermarket.RedemptionView;
import org.jifen.supermarket.RewardEdit;
import org.jifen.supermarket.RewardView;
import org.jifen.supermarket.StockMovementView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The points supermarket: the catalogue and its stock, redemptions, their receipts and cancellations. */
@RestController
class SupermarketController {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final CatalogueService catalogue;
    private final RedemptionService redemptions;
    private final Clock clock;

    SupermarketController(CatalogueService catalogue, RedemptionService redemptions, Clock clock) {
        this.catalogue = catalogue;
        this.redemptions = redemptions;
        this.clock = clock;
    }

    @AuditedAct(code = "reward.added", label = "积分超市上架物品", target = "reward #{#request.name()}",
            details = "{cost: #request.cost(), stock: #request.stock(), id: #result?.body?.id()}")
    @PostMapping("/api/villages/{code}/rewards")
    ResponseEntity<RewardView> add(@PathVariable String code, @Valid @RequestBody NewReward request, Actor by) {
        RewardView added = catalogue.add(code, request, by);
        return ResponseEntity.created(URI.create("/api/villages/" + code + "/rewards/" + added.id())).body(added);
    }

    @GetMapping("/api/villages/{code}/rewards")
    List<RewardView> list(@PathVariable String code) {
        return catalogue.list(code);
    }

    @GetMapping("/api/villages/{code}/rewards/{id}")
    RewardView one(@PathVariable String code, @PathVariable long id) {
        return catalogue.get(code, id);
    }

    @AuditedAct(code = "reward.changed", label = "修改积分超市物品", target = "reward #{#id}",
            details = "{name: #edit.name(), cost: #edit.cost(), onSale: #edit.onSale()}")
    @PatchMapping("/api/villages/{code}/rewards/{id}")
    RewardView edit(@PathVariable String code, @PathVariable long id, @Valid @RequestBody RewardEdit edit, Actor by) {
        return catalogue.edit(code, id, edit, by);
    }

    @AuditedAct(code = "stock.received", label = "积分超市物品入库", target = "reward #{#id}",
            details = "{quantity: #goods.quantity(), reason: #goods.reason()}")
    @PostMapping("/api/villages/{code}/rewards/{id}/stock:receive")
    ResponseEntity<StockMovementView> receive(@PathVariable String code, @PathVariable long id,
            @Valid @RequestBody Goods goods, Actor by) {
        return created(code, id, catalogue.receive(code, id, goods, by));
    }

    @AuditedAct(code = "stock.written-off", label = "积分超市物品报损", target = "reward #{#id}",
            details = "{quantity: #goods.quantity(), reason: #goods.reason()}")
    @PostMapping("/api/villages/{code}/rewards/{id}/stock:write-off")
    ResponseEntity<StockMovementView> writeOff(@PathVariable String code, @PathVariable long id,
            @Valid @RequestBody Goods goods, Actor by) {
        return created(code, id, catalogue.writeOff(code, id, goods, by));
    }

    @GetMapping("/api/villages/{code}/rewards/{id}/stock")
    List<StockMovementView> movements(@PathVariable String code, @PathVariable long id) {
        return catalogue.movements(code, id);
    }

    /** 201 for a new redemption, 200 with the first answer for a repeat of its redemptionId. */
    @PostMapping("/api/villages/{code}/households/{id}/redemptions")
    ResponseEntity<RedemptionView> redeem(@PathVariable String code, @PathVariable long id,
            @Valid @RequestBody Redeem request, Actor by) {
        Redeemed redeemed = redemptions.redeem(code, id, request, by);
        return redeemed.created()
                ? ResponseEntity.created(location(code, redeemed.redemption().redemptionId()))
                        .body(redeemed.redemption())
                : ResponseEntity.ok(redeemed.redemption());
    }

    @GetMapping("/api/villages/{code}/households/{id}/redemptions")
    List<RedemptionView> ofHousehold(@PathVariable String code, @PathVariable long id) {
        return redemptions.ofHousehold(code, id);
    }

    @GetMapping("/api/villages/{code}/redemptions/{redemptionId}")
    RedemptionView redemption(@PathVariable String code, @PathVariable String redemptionId) {
        return redemptions.find(code, redemptionId);
    }

    /** The receipt (兑换小票) to print or show on a phone. */
    @GetMapping(path = "/api/villages/{code}/redemptions/{redemptionId}", produces = "text/html")
    ResponseEntity<String> receipt(@PathVariable String code, @PathVariable String redemptionId) {
        return ResponseEntity.ok().contentType(HTML).header("Content-Security-Policy", PrintablePage.POLICY)
                .body(ReceiptHtml.render(redemptions.receipt(code, redemptionId), clock.getZone()));
    }

    @AuditedAct(code = "redemption.cancelled", label = "撤销积分兑换", target = "redemption #{#redemptionId}",
            details = "{reason: #cancellation.reason(), points: #result?.body?.points()}")
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
