package org.jifen.balance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records the expiries that fell due overnight, in the villages whose points expire, so that households and staff
 * see them as entries the next morning. The same expiries are recorded before any redemption or cancellation
 * anyway; this only makes sure a household that does nothing still sees its entries. Safe on several nodes at once:
 * each household is settled under its row lock.
 */
@Component
class OvernightExpiries {

    private static final Logger log = LoggerFactory.getLogger(OvernightExpiries.class);

    private final BalanceService balances;

    OvernightExpiries(BalanceService balances) {
        this.balances = balances;
    }

    @Scheduled(cron = "0 10 0 * * *", zone = "${jifen.clock.zone:Asia/Shanghai}")
    void recordDueExpiries() {
        for (long village : balances.villagesWithExpiry()) {
            try {
                int recorded = balances.recordDueExpiries(village);
                if (recorded > 0) {
                    log.info("Recorded {} expiries of points in village {}", recorded, village);
                }
            } catch (RuntimeException failed) {
                log.error("Could not record the expiries of village {}", village, failed);
            }
        }
    }
}
