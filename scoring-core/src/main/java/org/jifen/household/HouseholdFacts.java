package org.jifen.household;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Everything the registry knows of a household, as a value: what a registration, a change or an import row says the
 * household is. Tags are kept sorted and without repeats, so that two facts compare equal when a clerk would say so.
 */
public record HouseholdFacts(String householdNo, String headName, String group, @Nullable String centralVillage,
        boolean localHukou, boolean homestead, int permanentResidents, int members, List<String> tags) {

    public HouseholdFacts {
        centralVillage = centralVillage == null || centralVillage.isBlank() ? null : centralVillage;
        tags = List.copyOf(new TreeSet<>(tags));
    }

    /** 本地户籍, 宅基地 and at least one person living there (the plan's 四(一)). */
    public boolean eligible() {
        return localHukou && homestead && permanentResidents >= 1;
    }

    /** The fields that differ from {@code next}, each with the value before and after, in the registry's order. */
    public List<FieldChange> changesTo(HouseholdFacts next) {
        List<FieldChange> changes = new ArrayList<>();
        for (HouseholdField field : HouseholdField.values()) {
            String before = field.text(this);
            String after = field.text(next);
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(field, before, after));
            }
        }
        return changes;
    }

    /** One field of a household before and after a change. */
    public record FieldChange(HouseholdField field, @Nullable String before, @Nullable String after) {
    }
}
