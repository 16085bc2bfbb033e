package org.jifen.fund;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A village's reward fund: what it holds, received by source, spent on goods, and every entry. */
public record Fund(String village, BigDecimal balance, BigDecimal received, Map<FundSource, BigDecimal> bySource,
        BigDecimal spent, List<FundEntryView> entries) {
}
