package org.jifen.balance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jifen.access.Actor;
import org.jifen.balance.Balance;
import org.jifen.balance.BalanceService;
import org.jifen.balance.ExpiryPolicy;
import org.jifen.balance.NewExpiryPolicy;
import org.jifen.balance.ResetDayMissing;
import org.jifen.balance.ResetDayNotEveryYear;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.jifen.household.HouseholdNotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Households' balances, and the village's choice of whether spendable points expire. */
@RestController
@Tag(name = "积分余额 Balances", description = "可用积分、到期与荣誉积分 (spendable points, expiry, honour points)")
class BalanceController {

    private final BalanceService balances;

    BalanceController(BalanceService balances) {
        this.balances = balances;
    }

    /** {@code available = earned - spent - expired}, from finalised months only; with the entries behind it. */
    @Operation(operationId = "getBalance", summary = "一户的可用积分及明细 · Get a household's balance")
    @Refuses(HouseholdNotFound.class)
    @GetMapping("/api/villages/{code}/households/{id}/balance")
    Balance balance(@PathVariable String code, @PathVariable long id) {
        return balances.balance(code, id);
    }

    @Operation(operationId = "getExpiryPolicy", summary = "本村积分清零规则 · Get the village's expiry rule")
    @GetMapping("/api/villages/{code}/expiry-policy")
    ExpiryPolicy policy(@PathVariable String code) {
        return balances.policy(code);
    }

    @AuditedAct(code = "expiry-policy.set", label = "设定积分清零规则", target = "expiry policy #{#request.mode()}",
            details = "{resetDay: #request.resetDay()}")
    @Operation(operationId = "setExpiryPolicy", summary = "设定积分清零规则 · Set the village's expiry rule")
    @Refuses({ResetDayMissing.class, ResetDayNotEveryYear.class})
    @PutMapping("/api/villages/{code}/expiry-policy")
    ExpiryPolicy setPolicy(@PathVariable String code, @Valid @RequestBody NewExpiryPolicy request, Actor by) {
        return balances.setPolicy(code, request, by);
    }
}
