package org.jifen.rules;

import java.time.LocalDate;
import java.util.Map;

/**
 * One behaviour event that staff recorded, as a rule sees it. Immutable: a rule can read it, never change it.
 * Attributes are free key/value pairs; an attribute that was not filled in reads as "" (or 0, or false).
 */
public final class Event {

    private final String type;
    private final String householdId;
    private final LocalDate occurredOn;
    private final int quantity;
    private final Map<String, String> attributes;

    public Event(String type, String householdId, LocalDate occurredOn, int quantity, Map<String, String> attributes) {
        this.type = type;
        this.householdId = householdId;
        this.occurredOn = occurredOn;
        this.quantity = quantity;
        this.attributes = Map.copyOf(attributes);
    }

    public String getType() {
        return type;
    }

    public String getHouseholdId() {
        return householdId;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    /** The event's month as {@code "2024-07"}, the same form as {@link MonthSummary#getMonth()}. */
    public String getMonth() {
        return occurredOn.toString().substring(0, 7);
    }

    public int getQuantity() {
        return quantity;
    }

    public String attr(String name) {
        return attributes.getOrDefault(name, "");
    }

    public int intAttr(String name) {
        try {
            return Integer.parseInt(attr(name).trim());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** True for "true", "yes", "1", "是" and "有"; false for anything else, including a missing attribute. */
    public boolean flag(String name) {
        return switch (attr(name).trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1", "是", "有" -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return "Event[" + type + ", household " + householdId + ", " + occurredOn + " x" + quantity + "]";
    }
}
