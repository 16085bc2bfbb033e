package org.jifen.cases;

/** One step of a typical case, as its history lists it. */
public enum CaseStepKind {
    SUBMITTED("村上报"),
    SHORTLISTED("镇审核：入围"),
    RETURNED("镇审核：未入选"),
    PUBLISHED("镇发布");

    private final String label;

    CaseStepKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
