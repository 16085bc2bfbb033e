package org.jifen.fund;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A fund entry as answered: amounts in yuan; {@code source} and {@code label} in words for income. */
public record FundEntryView(long id, FundEntryKind kind, String label, @Nullable FundSource source,
        @Nullable String sourceLabel, @Nullable String party, BigDecimal amount, LocalDate on, @Nullable String note,
        @Nullable Long rewardId, @Nullable String reward, @Nullable Integer quantity, String recordedBy,
        Instant recordedAt) {

    public static FundEntryView of(FundEntry entry) {
        return new FundEntryView(entry.id(), entry.getKind(), entry.getKind().label(), entry.getSource(),
                entry.getSource() == null ? null : entry.getSource().label(), entry.getParty(),
                Money.yuan(entry.getAmountFen()), entry.getOn(), entry.getNote(), entry.getRewardId(),
                entry.getRewardName(), entry.getQuantity(), entry.getRecordedBy(), entry.getRecordedAt());
    }
}
