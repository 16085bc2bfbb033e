package org.jifen.household;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A household to register in a village's registry. */
public record NewHousehold(
        @NotBlank @Size(max = 40) String householdNo,
        @NotBlank @Size(max = 40) String headName,
        @NotBlank @Size(max = 60) String group,
        @Size(max = 60) @Nullable String centralVillage,
        @NotNull Boolean localHukou,
        @NotNull Boolean homestead,
        @NotNull @Min(0) @Max(99) Integer permanentResidents,
        @Min(0) @Max(99) @Nullable Integer members,
        @Size(max = 20) @Nullable List<@NotBlank @Size(max = 30) String> tags) {

    public NewHousehold {
        centralVillage = centralVillage == null || centralVillage.isBlank() ? null : centralVillage;
        members = members == null ? permanentResidents : members;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
