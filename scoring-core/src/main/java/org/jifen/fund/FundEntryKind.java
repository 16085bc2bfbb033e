package org.jifen.fund;

/** Money into the fund, or goods bought out of it. */
public enum FundEntryKind {
    INCOME("资金收入"),
    PURCHASE("购买物品");

    private final String label;

    FundEntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
