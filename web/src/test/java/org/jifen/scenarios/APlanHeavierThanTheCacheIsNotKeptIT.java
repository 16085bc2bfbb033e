package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Compiled plans are kept by weight, not by count (ADR 0192): an outside tryout stored version after version of a
 * large plan, each keeping ~150 MB, until the heap was gone. With room for three small plans, a plan that weighs more
 * than that is never kept: it is compiled again for each event, and scores the same each time.
 */
@AppTest
@TestPropertySource(properties = "jifen.plans.cached=3")
class APlanHeavierThanTheCacheIsNotKeptIT {

    @Autowired
    Township township;

    @Autowired
    MeterRegistry meters;

    @Test
    void aPlanOfManyLongRulesIsCompiledForEachUseAndScoresTheSame() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, heavy());
        double compiledBefore = compilations();

        Api.Reply first = township.anEvent(village, household, "参加村民大会", "2024-07-01");
        Api.Reply second = township.anEvent(village, household, "参加村民大会", "2024-07-02");

        assertThat(compilations() - compiledBefore).as("compiled for each event: too heavy to keep").isEqualTo(2);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().at("/awards/0/points").asInt()).isEqualTo(2);
        assertThat(second.json().at("/awards/0/points").asInt()).isEqualTo(2);
    }

    /** 40 rules of 20 conditions on long attribute names: about 40,000 characters of rules, a weight of 4. */
    private static PlanFile heavy() {
        StringBuilder drl = new StringBuilder("""
                package villages.test;
                import org.jifen.rules.Event;
                global org.jifen.rules.Awards awards;

                rule "参加村民大会"
                when
                    Event( type == "参加村民大会" )
                then
                    awards.add(2, "村民议事");
                end
                """);
        for (int r = 0; r < 40; r++) {
            drl.append("\nrule \"宅前屋后检查第").append(r).append("项\"\nwhen\n    Event( type == \"宅前屋后检查\"");
            for (int c = 0; c < 20; c++) {
                drl.append(",\n        attr(\"宅前屋后第").append(r).append("处第").append(c).append("项检查结果\") != \"不合格\"");
            }
            drl.append(" )\nthen\n    awards.add(1, \"人居环境\");\nend\n");
        }
        return PlanFile.of("人居环境.drl", drl.toString());
    }

    private double compilations() {
        return meters.get("jifen.plan.compile").timer().count();
    }
}
