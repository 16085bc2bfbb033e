package org.jifen.access;

import org.jspecify.annotations.Nullable;

/** Who is acting: recorded on every event, plan and activation. */
public record Actor(String username, Role role, @Nullable String villageCode) {

    public static Actor system() {
        return new Actor("system", Role.TOWNSHIP_ADMIN, null);
    }

    public boolean canRead(String village) {
        return !role.belongsToVillage() || village.equals(villageCode);
    }

    public boolean canWrite(String village) {
        return role != Role.AUDITOR && canRead(village);
    }
}
