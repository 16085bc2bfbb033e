package org.jifen.balance;

import org.springframework.data.repository.Repository;

/** The one way a points entry is written: by {@link BalanceService}, inside {@code Ledger.append}. */
interface PointsEntryRows extends Repository<PointsEntry, Long> {

    PointsEntry save(PointsEntry entry);
}
