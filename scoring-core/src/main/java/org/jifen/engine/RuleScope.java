package org.jifen.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one rule's numbers can be (ADR 0195): each pattern's fact type with the ranges its own conditions narrow
 * ({@code quantity > 6}), the bindings that name a pattern or one of its properties, and the fact model's known
 * bounds ({@link #bound}). The rule-file check asks it for the range of a value; {@code null} means not known (an
 * accumulate's result, a text), about which nothing is concluded.
 */
final class RuleScope {

    /** The largest quantity staff may enter for an event (the recording's own limit, API.md). */
    static final int MAX_QUANTITY = PlanLimits.MAX_QUANTITY;
    /** The most members or permanent residents a household may have in the register. */
    static final int MAX_PEOPLE = 99;

    /** What staff enter for the event itself: its quantity and its number attributes. */
    private static final Set<String> ENTERED = Set.of("quantity", "intAttr");

    /** A value of the rule: its range over the facts' bounds, and whether staff enter it for the event. */
    record Value(ValueRange range, boolean entered) {
    }

    /** One pattern of the rule: its fact type and the ranges its conditions narrowed. */
    static final class Pattern {

        private final String type;
        private final Map<String, ValueRange> narrowed = new HashMap<>();

        Pattern(String type) {
            this.type = type;
        }

        /** Narrows a property (or a method with its text argument) by a comparison with an integer. */
        void narrow(String member, @Nullable String argument, String relation, long value) {
            ValueRange by = switch (relation) {
                case ">" -> new ValueRange(value + 1, Double.POSITIVE_INFINITY);
                case ">=" -> new ValueRange(value, Double.POSITIVE_INFINITY);
                case "<" -> new ValueRange(Double.NEGATIVE_INFINITY, value - 1);
                case "<=" -> new ValueRange(Double.NEGATIVE_INFINITY, value);
                case "==" -> ValueRange.of(value);
                default -> null;
            };
            Value known = value(member, argument);
            if (by != null && known != null) {
                narrowed.put(key(member, argument), known.range().within(by));
            }
        }

        @Nullable Value value(String member, @Nullable String argument) {
            String property = property(member);
            ValueRange range = narrowed.get(key(member, argument));
            if (range == null) {
                range = bound(type, property);
            }
            return range == null ? null : new Value(range, type.equals("Event") && ENTERED.contains(property));
        }

        private static String key(String member, @Nullable String argument) {
            return argument == null ? property(member) : property(member) + ":" + argument;
        }
    }

    private final Map<String, Pattern> patterns = new HashMap<>();
    /** What the ranges refuse, found while the grammar reads on: refused at upload only (ADR 0195). */
    private final java.util.List<SafeExpressions.Refused> findings = new java.util.ArrayList<>();
    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, Pattern> propertyOf = new HashMap<>();

    /** A binding of a whole fact; bound twice (in two branches of an {@code or}) it is known no better than its type. */
    void bind(String binding, Pattern pattern) {
        results.remove(binding);
        Pattern before = patterns.put(binding, pattern);
        if (before != null && before != pattern) {
            patterns.put(binding, new Pattern(before.type.equals(pattern.type) ? pattern.type : "?"));
        }
    }

    /** A binding of one property of a pattern ({@code $q : quantity}). */
    void bindProperty(String binding, Pattern pattern, String property) {
        results.remove(binding);
        if (patterns.containsKey(binding) || properties.containsKey(binding)) {
            patterns.put(binding, new Pattern("?"));
            properties.remove(binding);
            return;
        }
        properties.put(binding, property);
        propertyOf.put(binding, pattern);
    }

    /** A binding whose values are not known (an accumulate's result). */
    void bindUnknown(String binding) {
        results.add(binding);
        patterns.put(binding, new Pattern("?"));
        properties.remove(binding);
    }

    /** Whether the binding's values are not known at all (an accumulate's result): not known to be text either. */
    boolean unknown(String binding) {
        return results.contains(binding) && !properties.containsKey(binding);
    }

    /** The bindings of accumulate results (attack tryout 19, F14: 「$n >= 1」 was refused as text ordered). */
    private final java.util.Set<String> results = new java.util.HashSet<>();

    /** The value of {@code $b} or {@code $b.member(argument)}; null where not known. */
    @Nullable Value on(String binding, @Nullable String member, @Nullable String argument) {
        if (member == null) {
            String property = properties.get(binding);
            return property == null ? null : propertyOf.get(binding).value(property, null);
        }
        Pattern pattern = patterns.get(binding);
        return pattern == null ? null : pattern.value(member, argument);
    }

    void found(int offset, String reason) {
        findings.add(new SafeExpressions.Refused(offset, reason));
    }

    /** What the ranges refused in the expression read last, and forgets it. */
    java.util.List<SafeExpressions.Refused> drain() {
        java.util.List<SafeExpressions.Refused> found = java.util.List.copyOf(findings);
        findings.clear();
        return found;
    }

    /** The fact model's bound of a property of a fact type; null for texts, flags and unknown types. */
    static @Nullable ValueRange bound(String type, String property) {
        return switch (type + "." + property) {
            case "Event.quantity" -> ValueRange.between(1, MAX_QUANTITY);
            case "Event.intAttr" -> ValueRange.between(Integer.MIN_VALUE, Integer.MAX_VALUE);
            case "Household.members", "Household.permanentResidents" -> ValueRange.between(0, MAX_PEOPLE);
            case "MonthSummary.events", "MonthSummary.count", "MonthSummary.sum", "MonthSummary.deductions" ->
                    ValueRange.NATURAL;
            case "MonthSummary.basePoints", "MonthSummary.bonusPoints" -> ValueRange.ANY;
            default -> null;
        };
    }

    /** {@code getQuantity} and {@code quantity} are one property. */
    static String property(String member) {
        return member.startsWith("get") && member.length() > 3
                ? Character.toLowerCase(member.charAt(3)) + member.substring(4) : member;
    }
}
