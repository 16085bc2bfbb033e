package org.jifen.household;

import org.jifen.problem.Unprocessable;

/** Only households with local hukou, a homestead house and a permanent resident are scored. */
public class HouseholdNotEligible extends Unprocessable {

    public HouseholdNotEligible(Household household) {
        super("家庭户 " + household.getHouseholdNo() + "（" + household.getHeadName() + "）不是积分对象："
                + "须同时具备本地户籍、宅基地房屋且至少一人常住");
    }
}
