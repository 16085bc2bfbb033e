package org.jifen.household;

/**
 * How long a household's fields may be, in one place: the request records' validation, the import's cell checks and
 * the columns of V1/V4 all keep to these.
 */
public final class HouseholdLimits {

    public static final int HOUSEHOLD_NO = 40;
    public static final int HEAD_NAME = 40;
    public static final int GROUP = 60;
    public static final int CENTRAL_VILLAGE = 60;
    /** People in one household, residents or members. */
    public static final int PEOPLE = 99;
    public static final int TAGS = 20;
    public static final int TAG = 30;
    public static final int REASON = 200;

    private HouseholdLimits() {
    }
}
