package org.jifen.cases;

/** Where a typical case stands: submitted by its village, shortlisted or not by the township, published. */
public enum CaseStatus {
    SUBMITTED("已上报，待镇审核"),
    SHORTLISTED("已入围，待发布"),
    RETURNED("未入选"),
    PUBLISHED("已发布");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
