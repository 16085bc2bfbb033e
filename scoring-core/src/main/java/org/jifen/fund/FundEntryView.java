package org.jifen.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A fund entry as answered: amounts in yuan; {@code source} and {@code label} in words for income. A reversing entry
 * (冲红) has a negative {@code amount}, names the entry it takes back in {@code reverses} and why in {@code note};
 * {@code reversedBy} names the entry that took this one back. {@code unitPrice} is what one piece of the goods
 * bought cost (yuan, to the fen), when goods were bought.
 */
public record FundEntryView(long id, FundEntryKind kind, String label, @Nullable FundSource source,
        @Nullable String sourceLabel, @Nullable String party, BigDecimal amount, LocalDate on, @Nullable String note,
        @Nullable Long rewardId, @Nullable String reward, @Nullable Integer quantity, @Nullable BigDecimal unitPrice,
        @Nullable Long reverses, @Nullable Long reversedBy, String recordedBy, Instant recordedAt) {

    public static FundEntryView of(FundEntry entry) {
        return of(entry, null);
    }

    public static FundEntryView of(FundEntry entry, @Nullable Long reversedBy) {
        String label = entry.getKind() == FundEntryKind.PURCHASE && entry.getRewardId() == null ? "其他支出"
                : entry.getKind().label();
        return new FundEntryView(entry.id(), entry.getKind(), entry.isReversal() ? "冲红：" + label : label,
                entry.getSource(), entry.getSource() == null ? null : entry.getSource().label(), entry.getParty(),
                Money.yuan(entry.kindFen()), entry.getOn(), entry.getNote(), entry.getRewardId(),
                entry.getRewardName(), entry.getQuantity(), entry.getQuantity() == null ? null
                        : Money.yuan(entry.getAmountFen()).divide(BigDecimal.valueOf(entry.getQuantity()), 2,
                                RoundingMode.HALF_UP),
                entry.getReversesId(), reversedBy, entry.getRecordedBy(), entry.getRecordedAt());
    }
}
