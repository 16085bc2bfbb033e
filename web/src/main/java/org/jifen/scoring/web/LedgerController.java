package org.jifen.scoring.web;

import org.jifen.scoring.LedgerCheck;
import org.jifen.scoring.LedgerVerification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LedgerController {

    private final LedgerVerification verification;

    LedgerController(LedgerVerification verification) {
        this.verification = verification;
    }

    /** Whether the village's ledger is as the service wrote it, and if not, the first entry that is not. */
    @GetMapping("/api/villages/{code}/ledger/verify")
    LedgerCheck verify(@PathVariable String code) {
        return verification.verify(code);
    }
}
