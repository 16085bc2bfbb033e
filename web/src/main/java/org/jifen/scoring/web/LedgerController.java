package org.jifen.scoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jifen.endpoint.Refuses;
import org.jifen.integrity.ChainCheckBusy;
import org.jifen.scoring.LedgerCheck;
import org.jifen.scoring.LedgerVerification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "积分台账 Ledger", description = "核验积分台账的哈希链 (the ledger's hash chain)")
class LedgerController {

    private final LedgerVerification verification;

    LedgerController(LedgerVerification verification) {
        this.verification = verification;
    }

    /** Whether the village's ledger is as the service wrote it, and if not, the first entry that is not. */
    @Operation(operationId = "verifyLedger", summary = "核验本村积分台账的哈希链 · Verify a village's ledger chain")
    @Refuses(ChainCheckBusy.class)
    @GetMapping("/api/villages/{code}/ledger/verify")
    LedgerCheck verify(@PathVariable String code) {
        return verification.verify(code);
    }
}
