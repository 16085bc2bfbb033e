package org.jifen.household;

import org.jifen.problem.Conflict;

public class HouseholdAlreadyRegistered extends Conflict {

    public HouseholdAlreadyRegistered(String householdNo) {
        super("户号「" + householdNo + "」在本村已登记");
    }
}
