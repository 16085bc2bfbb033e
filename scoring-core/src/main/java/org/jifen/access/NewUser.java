package org.jifen.access;

import org.jspecify.annotations.Nullable;

/** A user the township admin creates; {@code village} is required for village roles and refused otherwise. */
public record NewUser(String username, String password, Role role, @Nullable String village) {
}
