package org.jifen.demo;

/** What loading the demo township created, and the month its events fall in ({@code 2024-07}). */
public record DemoSummary(int villages, int households, int eligibleHouseholds, int events, int awards,
        String month) {

    DemoSummary plus(DemoSummary village) {
        return new DemoSummary(villages + village.villages, households + village.households,
                eligibleHouseholds + village.eligibleHouseholds, events + village.events, awards + village.awards,
                month);
    }
}
