package org.jifen.household;

import static org.jifen.household.HouseholdLimits.CENTRAL_VILLAGE;
import static org.jifen.household.HouseholdLimits.GROUP;
import static org.jifen.household.HouseholdLimits.HEAD_NAME;
import static org.jifen.household.HouseholdLimits.HOUSEHOLD_NO;
import static org.jifen.household.HouseholdLimits.PEOPLE;
import static org.jifen.household.HouseholdLimits.REASON;
import static org.jifen.household.HouseholdLimits.TAG;
import static org.jifen.household.HouseholdLimits.TAGS;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A change to a household's registry entry: only the fields given change (null means "as it is"); an empty
 * {@code centralVillage} removes it and an empty {@code tags} list removes every tag. The limits are the
 * registration's.
 */
public record HouseholdEdit(
        @Pattern(regexp = NOT_BLANK, message = "不能为空") @Size(max = HOUSEHOLD_NO) @Nullable String householdNo,
        @Pattern(regexp = NOT_BLANK, message = "不能为空") @Size(max = HEAD_NAME) @Nullable String headName,
        @Pattern(regexp = NOT_BLANK, message = "不能为空") @Size(max = GROUP) @Nullable String group,
        @Size(max = CENTRAL_VILLAGE) @Nullable String centralVillage,
        @Nullable Boolean localHukou,
        @Nullable Boolean homestead,
        @Min(0) @Max(PEOPLE) @Nullable Integer permanentResidents,
        @Min(0) @Max(PEOPLE) @Nullable Integer members,
        @Size(max = TAGS) @Nullable List<@NotBlank @Size(max = TAG) String> tags,
        @Size(max = REASON) @Nullable String reason) {

    static final String NOT_BLANK = "(?s).*\\S.*";

    public HouseholdEdit {
        householdNo = householdNo == null ? null : HouseholdNumbers.trimmed(householdNo);
    }

    /** The household as it is after this change. */
    public HouseholdFacts applyTo(HouseholdFacts now) {
        return new HouseholdFacts(or(householdNo, now.householdNo()), or(headName, now.headName()),
                or(group, now.group()), centralVillage == null ? now.centralVillage() : centralVillage,
                or(localHukou, now.localHukou()), or(homestead, now.homestead()),
                or(permanentResidents, now.permanentResidents()), or(members, now.members()),
                tags == null ? now.tags() : tags);
    }

    private static <T> T or(@Nullable T given, T now) {
        return given == null ? now : given;
    }
}
