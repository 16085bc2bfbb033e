package org.jifen.stars;

/** Whether a village rates its households from a quarter's points or a year's. */
public enum StarPeriod {
    QUARTER("季度", 3),
    YEAR("年度", 12);

    private final String label;
    private final int months;

    StarPeriod(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    int months() {
        return months;
    }
}
