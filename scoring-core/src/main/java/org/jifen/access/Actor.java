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

    /** Staff's work in the village: recording events and evidence, evaluating the month, printing cards. */
    public boolean canWrite(String village) {
        return role != Role.AUDITOR && canRead(village);
    }

    /**
     * The village admin's acts (ADR 0085): the plan, the registry, the self-governance group's acts, the notice,
     * corrections and card renewal. The village's admin and the township admin; never staff or auditors.
     */
    public boolean canAdminister(String village) {
        return canWrite(village) && role != Role.STAFF;
    }
}
