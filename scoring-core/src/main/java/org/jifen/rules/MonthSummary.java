package org.jifen.rules;

import java.util.Map;

/**
 * One eligible household's month, inserted once per household by the monthly evaluation (never per event), so
 * that month-end rules such as "当月无扣分" can score the month as a whole.
 */
public final class MonthSummary {

    private final String householdId;
    private final String month;
    private final Map<String, Integer> countByType;
    private final Map<String, Integer> quantityByType;
    private final int basePoints;
    private final int bonusPoints;
    private final int deductions;
    private final int events;
    private final Map<String, Map<String, String>> latestByType;

    public MonthSummary(String householdId, String month, Map<String, Integer> countByType,
            Map<String, Integer> quantityByType, int basePoints, int bonusPoints, int deductions) {
        this(householdId, month, countByType, quantityByType, basePoints, bonusPoints, deductions,
                countByType.values().stream().mapToInt(Integer::intValue).sum(), Map.of());
    }

    /**
     * @param events the events that counted: those a rule scored, not every entry (ADR 0127); {@link #count} and
     *     {@link #sum} still see every entry, so a month-end rule can score a type no event rule does
     * @param latestByType for the event types the plan asks {@link #latest} about, the attributes of the household's
     *     most recent event of that type in this month or the eleven before it
     */
    public MonthSummary(String householdId, String month, Map<String, Integer> countByType,
            Map<String, Integer> quantityByType, int basePoints, int bonusPoints, int deductions, int events,
            Map<String, Map<String, String>> latestByType) {
        this.latestByType = Map.copyOf(latestByType);
        this.householdId = householdId;
        this.month = month;
        this.countByType = Map.copyOf(countByType);
        this.quantityByType = Map.copyOf(quantityByType);
        this.basePoints = basePoints;
        this.bonusPoints = bonusPoints;
        this.deductions = deductions;
        this.events = events;
    }

    public String getHouseholdId() {
        return householdId;
    }

    /** The month as {@code "2024-07"}. */
    public String getMonth() {
        return month;
    }

    /** How many events of this type the household had this month. */
    public int count(String type) {
        return countByType.getOrDefault(type, 0);
    }

    /** The summed quantities of this month's events of this type. */
    public int sum(String type) {
        return quantityByType.getOrDefault(type, 0);
    }

    /**
     * The attribute's value on the household's latest event of this type, in this month or the eleven before it, or
     * {@code ""} when there is none: 「美丽庭院每月加 5 分，直到下一次检查」 is
     * {@code MonthSummary( latest("美丽庭院检查", "结果") == "美丽庭院" )} (ADR 0124).
     */
    public String latest(String type, String attribute) {
        return latestByType.getOrDefault(type, Map.of()).getOrDefault(attribute, "");
    }

    /** Base points the household's events asked for this month, before the month's arithmetic. */
    public int getBasePoints() {
        return basePoints;
    }

    public int getBonusPoints() {
        return bonusPoints;
    }

    /** Deductions this month, as a positive number. */
    public int getDeductions() {
        return deductions;
    }

    /**
     * How many of this month's events a rule scored (with points still standing after review): an entry no rule
     * scores, such as a mistyped event type, is not the household taking part (ADR 0127).
     */
    public int getEvents() {
        return events;
    }

    @Override
    public String toString() {
        return "MonthSummary[" + householdId + ", " + month + ", " + events + " events]";
    }
}
