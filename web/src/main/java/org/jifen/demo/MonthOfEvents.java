package org.jifen.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jifen.household.Household;
import org.jifen.scoring.RecordEvent;

/**
 * One month of events for the eligible households of a demo village (ineligible ones are not scored, so nothing is
 * recorded for them). Each household gets three to six everyday items, a deduction about one time in three, a bonus
 * item about one time in twenty; a village marked for it gets one veto. Events are numbered in date order
 * ({@code demo-<village>-0001}), so that loading twice would give the same ids.
 */
final class MonthOfEvents {

    /** Marks the demo's events in every trace, also in the pilots, whose households are invented. */
    static final String NOTE = "演示数据";

    private static final int DEDUCTION_PERCENT = 30;
    private static final int SECOND_DEDUCTION_PERCENT = 8;
    private static final int BONUS_PERCENT = 5;

    private record Planned(long householdId, String type, LocalDate day, int quantity,
            Map<String, String> attributes) {
    }

    private final EventMenu menu;
    private final YearMonth month;
    private final Random random;
    /** The day of each village-wide item: everybody attends the same assembly. */
    private final Map<String, LocalDate> villageDays = new HashMap<>();

    private MonthOfEvents(EventMenu menu, YearMonth month, Random random) {
        this.menu = menu;
        this.month = month;
        this.random = random;
    }

    static List<RecordEvent> of(DemoVillage village, List<Household> households, YearMonth month, Random random) {
        return of(village, households, month, random, "demo-" + village.code());
    }

    /** The month's events numbered {@code <ids>-0001} and on: earlier months of a pilot get ids of their own. */
    static List<RecordEvent> of(DemoVillage village, List<Household> households, YearMonth month, Random random,
            String ids) {
        MonthOfEvents generator = new MonthOfEvents(EventMenus.forPlan(village.plan()), month, random);
        List<Household> eligible = households.stream().filter(Household::isEligible).toList();
        List<Planned> planned = new ArrayList<>();
        for (Household household : eligible) {
            planned.addAll(generator.forHousehold(household));
        }
        if (village.oneVeto() && !eligible.isEmpty()) {
            Household offender = eligible.get(random.nextInt(eligible.size()));
            planned.addAll(generator.draw(generator.menu.vetoes(), 1, offender, new HashSet<>()));
        }
        planned.sort(Comparator.comparing(Planned::day).thenComparing(Planned::householdId)
                .thenComparing(Planned::type));
        List<RecordEvent> events = new ArrayList<>(planned.size());
        for (Planned event : planned) {
            events.add(new RecordEvent("%s-%04d".formatted(ids, events.size() + 1),
                    event.householdId(), event.type(), event.day(), event.quantity(), event.attributes(), NOTE));
        }
        return events;
    }

    private List<Planned> forHousehold(Household household) {
        Set<String> slots = new HashSet<>();
        List<Planned> events = new ArrayList<>(draw(menu.everyday(), 3 + random.nextInt(4), household, slots));
        if (random.nextInt(100) < DEDUCTION_PERCENT) {
            int deductions = random.nextInt(100) < SECOND_DEDUCTION_PERCENT ? 2 : 1;
            events.addAll(draw(menu.deductions(), deductions, household, slots));
        }
        if (random.nextInt(100) < BONUS_PERCENT) {
            events.addAll(draw(menu.bonuses(), 1, household, slots));
        }
        return events;
    }

    /** Up to {@code count} different kinds by weight, each with its occurrences in the month. */
    private List<Planned> draw(List<EventKind> kinds, int count, Household household, Set<String> slots) {
        List<EventKind> open = new ArrayList<>(kinds.stream()
                .filter(kind -> kind.onlyForTag() == null || household.getTags().contains(kind.onlyForTag()))
                .toList());
        List<Planned> events = new ArrayList<>();
        for (int drawn = 0; drawn < count; drawn++) {
            open.removeIf(kind -> kind.slot() != null && slots.contains(kind.slot()));
            if (open.isEmpty()) {
                break;
            }
            EventKind kind = weighted(open);
            open.remove(kind);
            if (kind.slot() != null) {
                slots.add(kind.slot());
            }
            events.addAll(occurrences(kind, household));
        }
        return events;
    }

    private EventKind weighted(List<EventKind> kinds) {
        int draw = random.nextInt(kinds.stream().mapToInt(EventKind::weight).sum());
        for (EventKind kind : kinds) {
            draw -= kind.weight();
            if (draw < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("weights changed while drawing");
    }

    private List<Planned> occurrences(EventKind kind, Household household) {
        int times = kind.maxTimes() == 1 ? 1 : 1 + random.nextInt(kind.maxTimes());
        // Weekly checks start in the first week so that four of them still fit in the month.
        LocalDate first = kind.villageWide() ? villageDays.computeIfAbsent(kind.type(), type -> anyDay())
                : times > 1 ? month.atDay(1 + random.nextInt(7)) : anyDay();
        List<Planned> events = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            int quantity = kind.minQuantity() + random.nextInt(kind.maxQuantity() - kind.minQuantity() + 1);
            Map<String, String> attributes = kind.attributeChoices().isEmpty() ? Map.of()
                    : kind.attributeChoices().get(random.nextInt(kind.attributeChoices().size()));
            events.add(new Planned(household.id(), kind.type(), first.plusWeeks(i), quantity, attributes));
        }
        return events;
    }

    private LocalDate anyDay() {
        return month.atDay(1 + random.nextInt(month.lengthOfMonth()));
    }
}
