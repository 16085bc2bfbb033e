package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceProviderResolver;
import jakarta.persistence.spi.PersistenceProviderResolverHolder;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A phone sends a day's events and each is checked for what it lacks, without the checks asking JPA, property by
 * property, whether a record read from JSON is loaded (ADR 0267): that question cost a fifth of a batch's CPU.
 */
@AppTest
class EventsAreValidatedWithoutAskingJpaIT {

    @Autowired
    Township township;

    final AtomicInteger lookups = new AtomicInteger();
    PersistenceProviderResolver before;

    /** Every "is it loaded?" Bean Validation asks JPA starts by looking up the persistence providers. */
    @BeforeEach
    void countTheLookupsOfPersistenceProviders() {
        before = PersistenceProviderResolverHolder.getPersistenceProviderResolver();
        PersistenceProviderResolverHolder.setPersistenceProviderResolver(new PersistenceProviderResolver() {
            @Override
            public List<PersistenceProvider> getPersistenceProviders() {
                lookups.incrementAndGet();
                return before.getPersistenceProviders();
            }

            @Override
            public void clearCachedProviders() {
                before.clearCachedProviders();
            }
        });
    }

    @AfterEach
    void restore() {
        PersistenceProviderResolverHolder.setPersistenceProviderResolver(before);
    }

    @Test
    void aBatchIsCheckedEventByEventWithoutAskingJpa() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api staff = township.aUser("STAFF", village);

        Api.Reply batch = staff.post("/api/villages/" + village + "/events:batch", json("events", List.of(
                json("eventId", "v1", "householdId", household, "type", "参加村民大会", "occurredOn", "2024-07-01"),
                json("eventId", "v2", "householdId", household, "occurredOn", "2024-07-01"),
                json("eventId", "v3", "householdId", household, "type", "参加村民大会"))));

        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.json().at("/results/0/awards/0/points").asInt()).as(batch.json().toString()).isEqualTo(2);
        assertThat(batch.json().at("/results/1/status").asInt()).isEqualTo(400);
        assertThat(batch.json().at("/results/1/detail").asString()).contains("type");
        assertThat(batch.json().at("/results/2/status").asInt()).isEqualTo(400);
        assertThat(batch.json().at("/results/2/detail").asString()).contains("occurredOn");
        assertThat(lookups).as("persistence providers looked up while the batch was checked").hasValue(0);
    }

    @Test
    void aSingleEventLackingItsTypeIsStillRefused() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api staff = township.aUser("STAFF", village);

        Api.Reply refused = staff.post("/api/villages/" + village + "/events",
                json("eventId", "s1", "householdId", household, "occurredOn", "2024-07-01"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/detail").asString()).contains("type");
        assertThat(lookups).hasValue(0);
    }
}
