package org.jifen.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The villages the township names its pilots (by code), replacing the list before. */
public record PilotDesignation(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 40) String> villages) {
}
