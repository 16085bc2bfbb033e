package org.jifen.balance;

/** Whether a village's spendable points expire: never, every year on a reset day, or a year after their month. */
public enum ExpiryMode {
    NEVER("积分长期有效"),
    YEARLY("每年定期清零"),
    AFTER_A_YEAR("积分有效期一年");

    private final String label;

    ExpiryMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
