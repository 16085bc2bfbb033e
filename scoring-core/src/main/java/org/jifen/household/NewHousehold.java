package org.jifen.household;

import static org.jifen.household.HouseholdLimits.CENTRAL_VILLAGE;
import static org.jifen.household.HouseholdLimits.GROUP;
import static org.jifen.household.HouseholdLimits.HEAD_NAME;
import static org.jifen.household.HouseholdLimits.HOUSEHOLD_NO;
import static org.jifen.household.HouseholdLimits.PEOPLE;
import static org.jifen.household.HouseholdLimits.TAG;
import static org.jifen.household.HouseholdLimits.TAGS;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A household to register in a village's registry. */
public record NewHousehold(
        @NotBlank @Size(max = HOUSEHOLD_NO) String householdNo,
        @NotBlank @Size(max = HEAD_NAME) String headName,
        @NotBlank @Size(max = GROUP) String group,
        @Size(max = CENTRAL_VILLAGE) @Nullable String centralVillage,
        @NotNull Boolean localHukou,
        @NotNull Boolean homestead,
        @NotNull @Min(0) @Max(PEOPLE) Integer permanentResidents,
        @Min(0) @Max(PEOPLE) @Nullable Integer members,
        @Size(max = TAGS) @Nullable List<@NotBlank @Size(max = TAG) String> tags) {

    public NewHousehold {
        householdNo = householdNo == null ? null : HouseholdNumbers.trimmed(householdNo);
        centralVillage = centralVillage == null || centralVillage.isBlank() ? null : centralVillage;
        members = members == null ? permanentResidents : members;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public HouseholdFacts facts() {
        return new HouseholdFacts(householdNo, headName, group, centralVillage, localHukou, homestead,
                permanentResidents, members == null ? permanentResidents : members, tags == null ? List.of() : tags);
    }
}
