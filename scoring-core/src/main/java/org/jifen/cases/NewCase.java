package org.jifen.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A typical case as the village submits it: a title, the story, the households concerned (ids of the village's
 * households) and the items concerned (in words: the rule, the practice, the reward it shows). Photos follow, one
 * upload each.
 */
public record NewCase(
        @NotBlank @Size(max = 100) String title,
        @NotBlank @Size(max = 5000) String text,
        @Size(max = 50) @Nullable List<@NotNull Long> households,
        @Size(max = 20) @Nullable List<@NotBlank @Size(max = 100) String> items) {

    public NewCase {
        households = households == null ? List.of() : List.copyOf(households);
        items = items == null ? List.of() : items.stream().map(String::strip).toList();
    }
}
