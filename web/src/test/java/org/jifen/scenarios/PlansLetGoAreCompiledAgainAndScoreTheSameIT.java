package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Compiled plans are kept in a bounded cache (ADR 0101): with room for one, two villages that take turns let go of
 * each other's plan, which is compiled again from its stored files and scores exactly as before.
 */
@AppTest
@TestPropertySource(properties = "jifen.plans.cached=1")
class PlansLetGoAreCompiledAgainAndScoreTheSameIT {

    private static final PlanFile VOLUNTEERING = PlanFile.of("志愿.drl", """
            package villages.test;
            import org.jifen.rules.Event;
            global org.jifen.rules.Awards awards;

            rule "参加志愿服务"
            when
                $e : Event( type == "参加志愿服务" )
            then
                awards.add(3 * $e.getQuantity(), "文明新风");
            end
            """);

    @Autowired
    Township township;

    @Autowired
    MeterRegistry meters;

    @Test
    void twoVillagesTakingTurnsWithRoomForOnePlan() {
        String first = township.aVillage();
        long firstHousehold = township.aHousehold(first);
        township.anActivePlan(first, Plans.CONTRACT_EXAMPLE);
        String second = township.aVillage();
        long secondHousehold = township.aHousehold(second);
        township.anActivePlan(second, VOLUNTEERING);
        double compiledBefore = compilations();

        Api.Reply meeting = township.anEvent(first, firstHousehold, "参加村民大会", "2024-07-01");
        Api.Reply volunteering = township.anEvent(second, secondHousehold, "参加志愿服务", "2024-07-01", 2);
        Api.Reply meetingAgain = township.anEvent(first, firstHousehold, "参加村民大会", "2024-07-02");
        Api.Reply volunteeringAgain = township.anEvent(second, secondHousehold, "参加志愿服务", "2024-07-02", 2);

        assertThat(compilations() - compiledBefore).as("each plan compiled again each time it was let go").isEqualTo(4);
        assertThat(points(meetingAgain)).isEqualTo(points(meeting)).isEqualTo(2);
        assertThat(points(volunteeringAgain)).isEqualTo(points(volunteering)).isEqualTo(6);
        assertThat(meetingAgain.json().at("/awards/0/rule").asString()).isEqualTo(meeting.json().at("/awards/0/rule")
                .asString());
        assertThat(meetingAgain.json().at("/month/total").asInt()).isEqualTo(4);
        assertThat(volunteeringAgain.json().at("/month/total").asInt()).isEqualTo(12);
    }

    private static int points(Api.Reply event) {
        assertThat(event.status()).as(event.toString()).isEqualTo(201);
        assertThat(event.json().at("/awards").size()).isEqualTo(1);
        return event.json().at("/awards/0/points").asInt();
    }

    private double compilations() {
        return meters.get("jifen.plan.compile").timer().count();
    }
}
