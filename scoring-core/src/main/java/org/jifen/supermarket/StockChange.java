package org.jifen.supermarket;

/**
 * Which way an item's stock moved: in (received, returned by a cancellation) or out (written off, redeemed, a
 * mistyped receipt reversed).
 */
public enum StockChange {
    RECEIVED("入库"),
    WRITTEN_OFF("报损"),
    REDEEMED("兑换出库"),
    RETURNED("撤销兑换退回"),
    /** A mistyped receipt taken back (冲红); names the receipt it reverses. */
    REVERSED("冲红入库");

    private final String label;

    StockChange(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The change's sign on the stock. */
    public int sign() {
        return this == RECEIVED || this == RETURNED ? 1 : -1;
    }
}
