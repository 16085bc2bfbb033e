package org.jifen.objection;

/** An objection waits for the group ({@code OPEN}), or the group upheld it (corrected) or dismissed it. */
public enum ObjectionStatus {
    OPEN("待小组处理"), UPHELD("异议成立，已冲正"), DISMISSED("异议不成立");

    private final String label;

    ObjectionStatus(String label) {
        this.label = label;
    }

    /** As the household's page says it. */
    public String label() {
        return label;
    }
}
