package org.jifen.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Yuan as the API writes them (two decimals), fen (分) as they are kept. */
public final class Money {

    private Money() {
    }

    public static long fen(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    }

    public static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
