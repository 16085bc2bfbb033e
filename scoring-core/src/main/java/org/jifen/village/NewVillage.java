package org.jifen.village;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A village to register: {@code code} is a short ASCII slug used in every URL, such as {@code yangjiazhuang}. */
public record NewVillage(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}", message = "只能用小写字母、数字和连字符，2 到 40 个字符")
        String code,
        @NotBlank @Size(max = 60) String name,
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> centralVillages,
        @Size(max = 200) List<@NotBlank @Size(max = 60) String> groups) {

    public NewVillage {
        centralVillages = centralVillages == null ? List.of() : List.copyOf(centralVillages);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
