package org.jifen.fund;

/** Where a village's reward money comes from (华新镇方案 四(五)): the collective's income, donations, companies. */
public enum FundSource {
    COLLECTIVE("村集体收入"),
    DONATION("社会捐赠"),
    COMPANY("企业捐赠");

    private final String label;

    FundSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
