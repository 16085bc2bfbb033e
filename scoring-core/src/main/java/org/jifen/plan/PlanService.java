package org.jifen.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.access.Actor;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.PlanFile;
import org.jifen.engine.PlanProblem;
import org.jifen.engine.PlanRejected;
import org.jifen.engine.UntestedRules;
import org.jifen.village.VillageLocks;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.springframework.stereotype.Service;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Village plans: upload a version (compiled first, stored only when it compiles), put a version in force from a
 * month on, read them. A refused upload stores nothing and leaves the plan in force as it was.
 */
@Service
public class PlanService {

    private final Villages villages;
    private final RuleSets ruleSets;
    private final PlanActivations activations;
    private final PlanLibrary library;
    private final VillageFindings findings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final VillageLocks villageLocks;

    PlanService(Villages villages, RuleSets ruleSets, PlanActivations activations, PlanLibrary library,
            VillageFindings findings, TransactionTemplate transactions, Clock clock, VillageLocks villageLocks) {
        this.villageLocks = villageLocks;
        this.findings = findings;
        this.villages = villages;
        this.ruleSets = ruleSets;
        this.activations = activations;
        this.library = library;
        this.transactions = transactions;
        this.clock = clock;
    }

    public RuleSet upload(String villageCode, List<PlanFile> files, Actor by) {
        villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        CompiledPlan plan;
        try {
            plan = library.compile(villageCode, files);
        } catch (PlanRejected rejected) {
            throw new PlanRefused(rejected.problems(), rejected.laterChecks(), rejected.warnings());
        }
        RuleSet stored = transactions.execute(status -> {
            Village village = villages.lockByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
            int last = ruleSets.lastVersion(village.id());
            List<PlanProblem> warnings = new ArrayList<>(plan.warnings());
            warnings.addAll(UntestedRules.of(files, plan));
            warnings.addAll(findings.of(village, plan, files, comparedWith(village, last)));
            return ruleSets.save(new RuleSet(village.id(), last + 1, files, plan, warnings, by.username(),
                    clock.instant()));
        });
        library.keep(stored.id(), plan);
        return stored;
    }

    /**
     * The version an upload is compared with (tryout clerk 4, B5): the one in force this month, else the one
     * scheduled next, else the last uploaded; a trial upload never activated is not what the village runs.
     */
    private VillageFindings.@Nullable Compared comparedWith(Village village, int last) {
        YearMonth now = YearMonth.now(clock);
        PlanSchedule schedule = schedule(village.id());
        Optional<PlanSchedule.Span> inForce = schedule.governing(now);
        Optional<PlanSchedule.Span> span = inForce.isPresent() ? inForce : schedule.next(now);
        if (span.isPresent()) {
            RuleSet version = ruleSets.findById(span.get().ruleSetId()).orElseThrow();
            return new VillageFindings.Compared(version, inForce.isPresent() ? "现在启用的第 " + version.getVersion() + " 版"
                    : "待生效的第 " + version.getVersion() + " 版（" + span.get().from() + " 起）");
        }
        return ruleSets.findByVillageIdAndVersion(village.id(), last)
                .map(version -> new VillageFindings.Compared(version, "上一次上传的第 " + version.getVersion() + " 版（还没有启用过）"))
                .orElse(null);
    }

    /**
     * Puts the version in force from the month on (null: every month), in the caller's transaction, which holds the
     * village's row lock: appends the activation, or nothing where the version governs every month from then on
     * already. Which months may be given and what happens to their awards is the caller's (ADR 0055, 0056).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PlanActivation> putInForce(RuleSet chosen, @Nullable YearMonth from, Actor by, Instant at) {
        if (schedule(chosen.getVillageId()).governsFrom(chosen.id(), from)) {
            return Optional.empty();
        }
        PlanActivation activation = activations.save(new PlanActivation(chosen, from, by.username(), at));
        // Every node's events read which version governs a month anew (ADR 0204).
        villageLocks.moved(chosen.getVillageId());
        return Optional.of(activation);
    }

    /** The village's schedule: which version governs which month. */
    @Transactional(readOnly = true)
    public PlanSchedule schedule(long villageId) {
        return PlanSchedule.of(activations.findByVillageIdOrderById(villageId));
    }

    /** Every activation of the village's versions, in the order they were made: who, when, from which month. */
    @Transactional(readOnly = true)
    public List<PlanActivation> activations(String villageCode) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        return activations.findByVillageIdOrderById(village.id());
    }

    /** The village's version, or {@link RuleSetNotFound}. */
    @Transactional(readOnly = true)
    public RuleSet find(Village village, int version) {
        return ruleSets.findByVillageIdAndVersion(village.id(), version)
                .orElseThrow(() -> new RuleSetNotFound(village.getCode(), version));
    }

    @Transactional(readOnly = true)
    public List<PlanVersion> versions(String villageCode) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        List<PlanActivation> made = activations.findByVillageIdOrderById(village.id());
        return ruleSets.findByVillageIdOrderByVersion(village.id()).stream()
                .map(ruleSet -> standing(loaded(ruleSet), made)).toList();
    }

    /** A version with its files and rules loaded. */
    @Transactional(readOnly = true)
    public PlanVersion version(String villageCode, int version) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        RuleSet ruleSet = find(village, version);
        ruleSet.getRules();
        return standing(loaded(ruleSet), activations.findByVillageIdOrderById(village.id()));
    }

    /** Where a version stands today among the village's activations. */
    @Transactional(readOnly = true)
    public PlanVersion standing(RuleSet ruleSet) {
        return standing(loaded(ruleSet), activations.findByVillageIdOrderById(ruleSet.getVillageId()));
    }

    private PlanVersion standing(RuleSet ruleSet, List<PlanActivation> made) {
        PlanSchedule schedule = PlanSchedule.of(made);
        PlanActivation last = null;
        for (PlanActivation activation : made) {
            if (activation.getRuleSetId() == ruleSet.id()) {
                last = activation;
            }
        }
        return new PlanVersion(ruleSet, schedule.statusOf(ruleSet.id(), YearMonth.now(clock)),
                schedule.monthsOf(ruleSet.id()), last);
    }

    /** Loads what callers read after the transaction: the files (the rules only where asked). */
    private static RuleSet loaded(RuleSet ruleSet) {
        ruleSet.getFiles();
        ruleSet.getWarnings();
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

}
