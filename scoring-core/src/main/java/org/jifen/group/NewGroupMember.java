package org.jifen.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member to add to the village's self-governance group; {@code role} such as 组长, 安全, 卫生, 民政, 村民代表. */
public record NewGroupMember(@NotBlank @Size(max = 40) String name, @NotBlank @Size(max = 20) String role) {

    public NewGroupMember {
        name = name == null ? null : name.strip();
        role = role == null ? null : role.strip();
    }
}
