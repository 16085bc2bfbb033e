package org.jifen.books;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jifen.fund.FundEntryView;
import org.jifen.fund.FundSource;

/**
 * The supermarket's books for a period {@code [from, until)}: the fund (held at the start, received by source and
 * donor, spent on goods, held at the end), the goods item by item, and the redemptions.
 */
public record Books(String village, String villageName, String period, String label, LocalDate from,
        LocalDate until, FundPart fund, List<GoodsLine> goods, RedemptionsPart redemptions, Instant drawnUpAt) {

    /** Money in yuan; {@code closing = opening + receivedTotal - spentTotal}. */
    public record FundPart(BigDecimal opening, List<FundEntryView> received, BigDecimal receivedTotal,
            Map<FundSource, BigDecimal> bySource, List<FundEntryView> spent, BigDecimal spentTotal,
            BigDecimal closing) {
    }

    /**
     * One item: {@code closing = opening + received - receiptsReversed + returned - writtenOff - redeemed}; points
     * redeemed and returned for it in the period. {@code cost} is the item's price now; {@code costs} the prices
     * (points per piece) its redemptions in the period were made at, each recorded with the redemption (ADR 0152),
     * so that a re-priced item's points redeemed are explained.
     */
    public record GoodsLine(long rewardId, String name, int cost, List<Integer> costs, int opening, int received,
            int receiptsReversed, int writtenOff, int redeemed, int returned, int closing, int pointsRedeemed,
            int pointsReturned) {

        /** The prices of the period's redemptions as printed: "5", "5、6"; the price now when none was redeemed. */
        public String costsWritten() {
            return costs.isEmpty() ? String.valueOf(cost)
                    : costs.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("、"));
        }
    }

    /** Redemptions recorded in the period, cancellations recorded in it, and the households that redeemed. */
    public record RedemptionsPart(int redemptions, int cancellations, int pointsRedeemed, int pointsReturned,
            int households) {
    }
}
