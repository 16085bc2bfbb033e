package org.jifen.household;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.problem.Unprocessable;
import org.jifen.village.Village;
import org.jifen.village.VillageService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The village's household registry: registration, changes recorded field by field with who, when and why, and the
 * history. A change applies from the moment it is made: events recorded afterwards see the new facts, awards already
 * given stay (ADR 0021).
 */
@Service
public class HouseholdService {

    private final Households households;
    private final HouseholdChanges changes;
    private final VillageService villages;
    private final Clock clock;

    HouseholdService(Households households, HouseholdChanges changes, VillageService villages, Clock clock) {
        this.households = households;
        this.changes = changes;
        this.villages = villages;
        this.clock = clock;
    }

    @Transactional
    public Household register(String villageCode, NewHousehold request, Actor by) {
        Village village = villages.byCode(villageCode);
        HouseholdFacts facts = request.facts();
        checkNumbers(facts, true);
        checkPlace(village, facts);
        if (households.existsByVillageIdAndHouseholdNo(village.id(), facts.householdNo())) {
            throw new HouseholdAlreadyRegistered(facts.householdNo());
        }
        return registered(village, facts, by, clock.instant());
    }

    /** Applies the fields the edit gives; each field that changes becomes one row of the household's history. */
    @Transactional
    public Household change(String villageCode, long id, HouseholdEdit edit, Actor by) {
        Village village = villages.byCode(villageCode);
        Household household = households.findByIdAndVillageId(id, village.id())
                .orElseThrow(() -> new HouseholdNotFound(villageCode, id));
        HouseholdFacts next = edit.applyTo(household.facts());
        checkNumbers(next, !next.householdNo().equals(household.getHouseholdNo()));
        checkPlace(village, next);
        if (!next.householdNo().equals(household.getHouseholdNo())
                && households.existsByVillageIdAndHouseholdNo(village.id(), next.householdNo())) {
            throw new HouseholdAlreadyRegistered(next.householdNo());
        }
        record(household, next, by, clock.instant(), edit.reason() == null || edit.reason().isBlank() ? null
                : edit.reason().strip());
        return household;
    }

    @Transactional(readOnly = true)
    public List<HouseholdChange> history(String villageCode, long id) {
        Household household = get(villageCode, id);
        return changes.findByVillageIdAndHouseholdIdOrderById(household.getVillageId(), household.id());
    }

    @Transactional(readOnly = true)
    public Household get(String villageCode, long id) {
        Village village = villages.byCode(villageCode);
        return households.findByIdAndVillageId(id, village.id())
                .orElseThrow(() -> new HouseholdNotFound(villageCode, id));
    }

    @Transactional(readOnly = true)
    public List<Household> all(String villageCode) {
        return households.findByVillageIdOrderByGroupAscHouseholdNoAsc(villages.byCode(villageCode).id()).stream()
                .sorted(GroupOrder.HOUSEHOLDS).toList();
    }

    /**
     * Households to pick from at the doorstep: those of {@code group} (all groups when blank) whose 户号 or head's
     * name contains {@code text} (all when blank), by group and 户号, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<Household> find(String villageCode, @Nullable String text, @Nullable String group, int limit) {
        String wanted = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return (group == null || group.isBlank() ? all(villageCode) : inGroup(villageCode, group)).stream()
                .filter(household -> wanted.isEmpty()
                        || household.getHouseholdNo().toLowerCase(java.util.Locale.ROOT).contains(wanted)
                        || household.getHeadName().contains(wanted))
                .limit(limit)
                .toList();
    }

    /** The households of one villager group; a group the village does not list has none. */
    @Transactional(readOnly = true)
    public List<Household> inGroup(String villageCode, String group) {
        return households.findByVillageIdAndGroupOrderByHouseholdNoAsc(villages.byCode(villageCode).id(), group);
    }

    Household registered(Village village, HouseholdFacts facts, Actor by, Instant at) {
        return households.save(new Household(village.id(), facts, by.username(), at));
    }

    /** Makes the household what {@code next} says and records each field that changed; returns how many did. */
    int record(Household household, HouseholdFacts next, Actor by, Instant at, @Nullable String reason) {
        List<HouseholdFacts.FieldChange> changed = household.facts().changesTo(next);
        if (!changed.isEmpty()) {
            household.become(next);
            changes.saveAll(changed.stream()
                    .map(change -> new HouseholdChange(household, change, by.username(), at, reason)).toList());
        }
        return changed.size();
    }

    /** A 户号 without spaces inside (checked when it is new, so an old one can still be corrected) and no more
     *  residents than members (ADR 0126). */
    private static void checkNumbers(HouseholdFacts facts, boolean newHouseholdNo) {
        String householdNo = newHouseholdNo ? HouseholdNumbers.householdNoProblem(facts.householdNo()) : null;
        if (householdNo != null) {
            throw new Unprocessable("户号" + householdNo);
        }
        String people = HouseholdNumbers.peopleProblem(facts.permanentResidents(), facts.members());
        if (people != null) {
            throw new Unprocessable("常住人口" + people);
        }
    }

    /** The group, and the central village if one is given, must be the village's own (ADR 0008). */
    private static void checkPlace(Village village, HouseholdFacts facts) {
        if (!village.hasGroup(facts.group())) {
            throw new Unprocessable("村民小组「" + facts.group() + "」不在本村的小组名单中：" + village.getGroups());
        }
        if (!village.hasCentralVillage(facts.centralVillage())) {
            throw new Unprocessable("中心村「" + facts.centralVillage() + "」不属于本村：" + village.getCentralVillages());
        }
    }
}
