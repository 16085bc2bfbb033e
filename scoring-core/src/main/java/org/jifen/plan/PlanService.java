package org.jifen.plan;

import java.util.List;
import org.jifen.access.Actor;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.PlanFile;
import org.jifen.engine.PlanRejected;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Village plans: upload a version (compiled first, stored only when it compiles), activate a version, read them.
 * A refused upload stores nothing and leaves the active plan as it was.
 */
@Service
public class PlanService {

    private final Villages villages;
    private final RuleSets ruleSets;
    private final PlanActivations activations;
    private final PlanLibrary library;
    private final TransactionTemplate transactions;

    PlanService(Villages villages, RuleSets ruleSets, PlanActivations activations, PlanLibrary library,
            TransactionTemplate transactions) {
        this.villages = villages;
        this.ruleSets = ruleSets;
        this.activations = activations;
        this.library = library;
        this.transactions = transactions;
    }

    public RuleSet upload(String villageCode, List<PlanFile> files, Actor by) {
        villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        CompiledPlan plan;
        try {
            plan = library.compile(villageCode, files);
        } catch (PlanRejected rejected) {
            throw new PlanRefused(rejected.problems());
        }
        RuleSet stored = transactions.execute(status -> {
            Village village = villages.lockByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
            int version = ruleSets.lastVersion(village.id()) + 1;
            return ruleSets.save(new RuleSet(village.id(), version, files, plan, by.username()));
        });
        library.keep(stored.id(), plan);
        return stored;
    }

    @Transactional
    public RuleSet activate(String villageCode, int version, Actor by) {
        Village village = villages.lockByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        RuleSet chosen = ruleSets.findByVillageIdAndVersion(village.id(), version)
                .orElseThrow(() -> new RuleSetNotFound(villageCode, version));
        Long current = village.getActiveRuleSetId();
        if (current != null && current == chosen.id()) {
            return loaded(chosen);
        }
        if (current != null) {
            ruleSets.findById(current).ifPresent(RuleSet::markRetired);
        }
        chosen.markActive();
        village.activate(chosen.id());
        activations.save(new PlanActivation(chosen, by.username()));
        return loaded(chosen);
    }

    @Transactional(readOnly = true)
    public List<RuleSet> versions(String villageCode) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        return ruleSets.findByVillageIdOrderByVersion(village.id()).stream().map(PlanService::loaded).toList();
    }

    /** A version with its files and rules loaded. */
    @Transactional(readOnly = true)
    public RuleSet version(String villageCode, int version) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        RuleSet ruleSet = ruleSets.findByVillageIdAndVersion(village.id(), version)
                .orElseThrow(() -> new RuleSetNotFound(villageCode, version));
        ruleSet.getRules();
        return loaded(ruleSet);
    }

    /** Loads what callers read after the transaction: the files (the rules only where asked). */
    private static RuleSet loaded(RuleSet ruleSet) {
        ruleSet.getFiles();
        return ruleSet;
    }

    /** Which rules were added, removed or changed from one version to another. */
    @Transactional(readOnly = true)
    public PlanDiff diff(String villageCode, int from, int to) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        RuleSet before = ruleSets.findByVillageIdAndVersion(village.id(), from)
                .orElseThrow(() -> new RuleSetNotFound(villageCode, from));
        RuleSet after = ruleSets.findByVillageIdAndVersion(village.id(), to)
                .orElseThrow(() -> new RuleSetNotFound(villageCode, to));
        return PlanDiff.between(before, after);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<PlanActivation> lastActivation(long ruleSetId) {
        return activations.findFirstByRuleSetIdOrderByActivatedAtDesc(ruleSetId);
    }
}
