package org.jifen.demo;

import java.time.YearMonth;

/**
 * What loading the demo township created, the last month its events fall in ({@code 2024-07}), and what the pilots'
 * households redeemed and the typical cases submitted.
 */
public record DemoSummary(int villages, int households, int eligibleHouseholds, int events, int awards,
        YearMonth month, int redemptions, int cases) {

    DemoSummary plus(DemoSummary village) {
        return new DemoSummary(villages + village.villages, households + village.households,
                eligibleHouseholds + village.eligibleHouseholds, events + village.events, awards + village.awards,
                month, redemptions + village.redemptions, cases + village.cases);
    }
}
