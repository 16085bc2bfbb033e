package org.jifen.balance;

/** What happened to a household's spendable points: spent on a redemption, returned by its cancellation, expired. */
public enum PointsKind {
    SPENT("兑换扣减"),
    RETURNED("撤销兑换退回"),
    EXPIRED("到期");

    private final String label;

    PointsKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
