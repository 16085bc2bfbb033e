package org.jifen.scoring;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jifen.finalisation.FinalisedMonths;
import org.jifen.plan.RuleSet;
import org.jifen.plan.RuleSets;
import org.jifen.village.Village;
import org.jifen.village.VillageLock;
import org.jifen.village.VillageLocks;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.springframework.stereotype.Component;

/**
 * What recording an event checks besides its household, kept in this node's memory and checked in one read (ADR
 * 0204): the village by its code (a village is never changed or removed once registered), and, behind the village's
 * reference version, its finalised months and which plan version governs each month. Every activation and
 * finalisation moves the version in its own transaction, on whichever node, holding the village's lock row for update
 * (ADR 0227); an event's transaction share-locks that row as it reads the version, so nothing it names can change
 * until the event commits.
 * A copy read under another version is read again. Nothing correctness needs lives only here: a node that restarts,
 * or never saw the village, reads it all from the database.
 */
@Component
class VillageReferences {

    private final Villages villages;
    private final VillageLocks locks;
    private final FinalisedMonths finalisedMonths;
    private final RuleSets ruleSets;
    private final Map<String, Village> byCode = new ConcurrentHashMap<>();
    private final Map<Long, Held> byVillage = new ConcurrentHashMap<>();

    VillageReferences(Villages villages, VillageLocks locks, FinalisedMonths finalisedMonths,
            RuleSets ruleSets) {
        this.villages = villages;
        this.locks = locks;
        this.finalisedMonths = finalisedMonths;
        this.ruleSets = ruleSets;
    }

    /** The village, read once per node: its code, id and name never change. */
    Village village(String code) {
        Village village = byCode.get(code);
        if (village == null) {
            village = villages.findByCode(code).orElseThrow(() -> new VillageNotFound(code));
            byCode.put(code, village);
        }
        return village;
    }

    /**
     * Share-locks the village's lock row for the caller's transaction (one statement) and answers its finalised
     * months and governing versions as they stand until the commit: from memory when the version is the one they
     * were read under, read again otherwise. Taken before the chain head, in the order activation and finalisation
     * take them.
     */
    Held hold(Village village) {
        long version = locks.share(village.id()).map(VillageLock::version)
                .orElseThrow(() -> new IllegalStateException("village " + village.getCode() + " has no lock row"));
        Held held = byVillage.get(village.id());
        if (held == null || held.version != version) {
            held = new Held(village.id(), version,
                    Set.copyOf(finalisedMonths.monthsFrom(village.id(), YearMonth.of(1, 1))));
            byVillage.put(village.id(), held);
        }
        return held;
    }

    /**
     * A village's finalised months and governing versions as of one reference version. Only used by a transaction
     * that holds the village's lock row shared at that version, so whatever it reads into it holds for the version.
     */
    final class Held {

        private final long villageId;
        private final long version;
        private final Set<YearMonth> finalised;
        /** The governing version of each month asked so far; empty where none governs. */
        private final Map<YearMonth, Optional<RuleSet>> governing = new ConcurrentHashMap<>();

        private Held(long villageId, long version, Set<YearMonth> finalised) {
            this.villageId = villageId;
            this.version = version;
            this.finalised = finalised;
        }

        boolean finalised(YearMonth month) {
            return finalised.contains(month);
        }

        /** Every finalised month of the village, as they stand until the commit. */
        Set<YearMonth> finalisedMonths() {
            return finalised;
        }

        /** The version that governs the month (ADR 0055), read the first time the month is asked under this version. */
        Optional<RuleSet> governing(YearMonth month) {
            Optional<RuleSet> ruleSet = governing.get(month);
            if (ruleSet == null) {
                ruleSet = ruleSets.governing(villageId, month);
                governing.put(month, ruleSet);
            }
            return ruleSet;
        }
    }
}
