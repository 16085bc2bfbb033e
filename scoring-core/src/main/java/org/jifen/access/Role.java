package org.jifen.access;

/** The four roles of the published API. Village roles belong to exactly one village. */
public enum Role {
    TOWNSHIP_ADMIN(false), VILLAGE_ADMIN(true), STAFF(true), AUDITOR(false);

    private final boolean village;

    Role(boolean village) {
        this.village = village;
    }

    public boolean belongsToVillage() {
        return village;
    }
}
