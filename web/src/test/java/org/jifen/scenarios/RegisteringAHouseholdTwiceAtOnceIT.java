package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two clerks register the same household (the same 户号) at the same moment, as happens when an import and a
 * registration by hand overlap: one is stored, the others are told that the household exists, and nobody gets a 500.
 */
@AppTest
class RegisteringAHouseholdTwiceAtOnceIT {

    private static final int CLERKS = 8;
    private static final int ROUNDS = 10;

    @Autowired
    Township township;

    @Test
    void oneRegistrationWinsAndTheOthersAreToldTheHouseholdExists() throws Exception {
        String village = township.aVillage();
        List<Integer> statuses = new ArrayList<>();
        ExecutorService clerks = Executors.newFixedThreadPool(CLERKS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String householdNo = "07-" + round;
                List<Callable<Integer>> registrations = new ArrayList<>();
                for (int clerk = 0; clerk < CLERKS; clerk++) {
                    Api desk = clerkThrough(township.api(), clerk);
                    registrations.add(() -> desk.post("/api/villages/" + village + "/households",
                            json("householdNo", householdNo, "headName", "周桂英", "group", "一组",
                                    "localHukou", true, "homestead", true, "permanentResidents", 2)).status());
                }
                for (Future<Integer> answer : clerks.invokeAll(registrations)) {
                    statuses.add(answer.get());
                }
            }
        } finally {
            clerks.shutdown();
        }

        assertThat(statuses).as("one 201 per household, 409 for the rest").containsOnly(201, 409);
        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(ROUNDS);
        Api.Reply registry = township.api().get("/api/villages/" + village + "/households");
        assertThat(registry.json().size()).isEqualTo(ROUNDS);
    }

    /** Where a clerk's registrations arrive: this node here; every other clerk's the other node on two nodes. */
    Api clerkThrough(Api clerk, int number) {
        return clerk;
    }
}
