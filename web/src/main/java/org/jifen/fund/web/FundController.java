package org.jifen.fund.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.jifen.fund.DonorMissing;
import org.jifen.fund.Fund;
import org.jifen.fund.FundDateImplausible;
import org.jifen.fund.FundEntryAlreadyReversed;
import org.jifen.fund.FundEntryIsReversing;
import org.jifen.fund.FundEntryNotFound;
import org.jifen.fund.FundEntryView;
import org.jifen.fund.FundReversal;
import org.jifen.fund.FundReversalOverdraws;
import org.jifen.fund.FundInsufficient;
import org.jifen.fund.FundService;
import org.jifen.fund.GoodsBoughtBeforeThisMonth;
import org.jifen.fund.NewIncome;
import org.jifen.fund.NewPurchase;
import org.jifen.fund.NotYetHappened;
import org.jifen.fund.QuantityWithoutItem;
import org.jifen.supermarket.ReceivedGoodsAlreadyGone;
import org.jifen.supermarket.RewardNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The village's reward fund: money in with its source and donor, goods bought with it. */
@RestController
@Tag(name = "奖励资金 Reward fund", description = "资金来源与购买 (money in, goods bought)")
class FundController {

    private final FundService fund;

    FundController(FundService fund) {
        this.fund = fund;
    }

    @Operation(operationId = "getFund", summary = "本村奖励资金 · Get the village's reward fund")
    @GetMapping("/api/villages/{code}/fund")
    Fund fund(@PathVariable String code) {
        return fund.fund(code);
    }

    @AuditedAct(code = "fund.received", label = "登记奖励资金收入", target = "fund #{#request.source()}",
            details = "{donor: #request.donor(), amount: #request.amount(), id: #result?.body?.id()}")
    @Operation(operationId = "receiveFunds", summary = "登记奖励资金收入 · Record money received",
            responses = @ApiResponse(responseCode = "201", description = "已登记 (the fund entry)", useReturnTypeSchema = true))
    @Refuses({DonorMissing.class, NotYetHappened.class, FundDateImplausible.class})
    @PostMapping("/api/villages/{code}/fund/income")
    ResponseEntity<FundEntryView> receive(@PathVariable String code, @Valid @RequestBody NewIncome request,
            Actor by) {
        return created(code, fund.receive(code, request, by));
    }

    @AuditedAct(code = "fund.spent", label = "登记奖励资金支出（购买物品）", target = "fund purchase",
            details = "{supplier: #request.supplier(), amount: #request.amount(), reward: #request.rewardId(), "
                    + "quantity: #request.quantity(), id: #result?.body?.id()}")
    @Operation(operationId = "buyWithFunds", summary = "登记奖励资金支出（购买物品）· Record goods bought",
            responses = @ApiResponse(responseCode = "201", description = "已登记 (the fund entry)", useReturnTypeSchema = true))
    @Refuses({FundInsufficient.class, QuantityWithoutItem.class, NotYetHappened.class, FundDateImplausible.class,
            GoodsBoughtBeforeThisMonth.class, RewardNotFound.class})
    @PostMapping("/api/villages/{code}/fund/purchases")
    ResponseEntity<FundEntryView> buy(@PathVariable String code, @Valid @RequestBody NewPurchase request, Actor by) {
        return created(code, fund.buy(code, request, by));
    }

    @AuditedAct(code = "fund.reversed", label = "冲红奖励资金收支", target = "fund entry #{#id}",
            details = "{reason: #request.reason(), reversal: #result?.body?.id()}")
    @Operation(operationId = "reverseFundEntry", summary = "冲红一笔录错的资金收支 · Reverse a mistyped fund entry",
            description = "收入或支出录错（金额、来源、捐赠人）时，记一笔冲红：同一类别、金额为负、写明原因，日期为今天；原记录保留并标明已冲红，"
                    + "两笔都在资金明细和台账里。再按正确内容重新登记。冲红购买物品的支出，物品同时出库。 · The entry stays; a reversing "
                    + "entry of the same kind counts negative, dated today. Reversing income must not overdraw the fund; "
                    + "reversing a purchase of goods takes the goods out of stock.",
            responses = @ApiResponse(responseCode = "201", description = "已冲红 (the reversing entry)",
                    useReturnTypeSchema = true))
    @Refuses({FundEntryNotFound.class, FundEntryIsReversing.class, FundEntryAlreadyReversed.class,
            FundReversalOverdraws.class, ReceivedGoodsAlreadyGone.class})
    @PostMapping("/api/villages/{code}/fund/entries/{id}/reversal")
    ResponseEntity<FundEntryView> reverse(@PathVariable String code, @PathVariable long id,
            @Valid @RequestBody FundReversal request, Actor by) {
        return created(code, fund.reverse(code, id, request, by));
    }

    private static ResponseEntity<FundEntryView> created(String code, FundEntryView entry) {
        return ResponseEntity.created(URI.create("/api/villages/" + code + "/fund")).body(entry);
    }
}
