package org.jifen.engine;

import java.util.Set;

/**
 * The names a rule may use on the fact model ({@code org.jifen.rules}, RULES.md): the properties and methods of
 * Event, Household and MonthSummary, and of the Number an accumulate yields. Both walls read these lists, each with
 * its own code: the rule-file check ({@link SafeExpressions}) and the check of the built rules
 * ({@link BuiltRuleCheck}). None of these names reaches anything but a fact's own values.
 */
final class FactModel {

    static final Set<String> TYPES = Set.of("Event", "Household", "MonthSummary");

    static final Set<String> PROPERTIES = Set.of("type", "householdId", "occurredOn", "month", "quantity", "id",
            "group", "centralVillage", "members", "permanentResidents", "basePoints", "bonusPoints", "deductions",
            "events", "intValue", "longValue", "doubleValue");

    /**
     * The properties the rule author's contract names (RULES.md), as a refusal lists them: without the Number's
     * {@code intValue}/{@code longValue}/{@code doubleValue}, which only an accumulate's result has.
     */
    static final Set<String> CONTRACT_PROPERTIES = Set.of("type", "householdId", "occurredOn", "month", "quantity",
            "id", "group", "centralVillage", "members", "permanentResidents", "basePoints", "bonusPoints",
            "deductions", "events");

    static final Set<String> METHODS = Set.of("attr", "intAttr", "flag", "hasTag", "count", "sum", "getType",
            "getHouseholdId", "getOccurredOn", "getMonth", "getQuantity", "getId", "getGroup", "getCentralVillage",
            "getMembers", "getPermanentResidents", "getBasePoints", "getBonusPoints", "getDeductions", "getEvents",
            "intValue", "longValue", "doubleValue", "latest");

    private FactModel() {
    }
}
