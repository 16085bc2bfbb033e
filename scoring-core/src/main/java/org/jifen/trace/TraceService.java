package org.jifen.trace;

import java.util.List;
import java.util.Map;
import org.jifen.access.Actor;
import org.jifen.access.VillageForbidden;
import org.jifen.balance.BalanceService;
import org.jifen.evidence.EvidenceService;
import org.jifen.household.Household;
import org.jifen.household.Households;
import org.jifen.plan.PlanActivation;
import org.jifen.plan.PlanActivations;
import org.jifen.plan.RuleInWords;
import org.jifen.plan.RuleSet;
import org.jifen.plan.RuleSetRule;
import org.jifen.plan.RuleSetRules;
import org.jifen.plan.RuleSets;
import org.jifen.scoring.Award;
import org.jifen.scoring.AwardLedger;
import org.jifen.scoring.BehaviourEvent;
import org.jifen.scoring.BehaviourEvents;
import org.jifen.sheet.Sheets;
import org.jifen.village.Village;
import org.jifen.village.Villages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Answers "why do these points exist?" for one award. */
@Service
public class TraceService {

    private final AwardLedger ledger;
    private final BehaviourEvents events;
    private final Households households;
    private final Villages villages;
    private final RuleSets ruleSets;
    private final RuleSetRules rules;
    private final PlanActivations activations;
    private final EvidenceService evidence;
    private final JsonMapper json;
    private final List<AwardObjections> objections;
    private final BalanceService balances;

    TraceService(AwardLedger ledger, BehaviourEvents events, Households households, Villages villages,
            RuleSets ruleSets, RuleSetRules rules, PlanActivations activations, EvidenceService evidence,
            JsonMapper json, List<AwardObjections> objections, BalanceService balances) {
        this.objections = objections;
        this.balances = balances;
        this.ledger = ledger;
        this.events = events;
        this.households = households;
        this.villages = villages;
        this.ruleSets = ruleSets;
        this.rules = rules;
        this.activations = activations;
        this.evidence = evidence;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public AwardTrace trace(long awardId, Actor by) {
        Award award = ledger.findById(awardId).orElseThrow(() -> new AwardNotFound(awardId));
        Village village = villages.findById(award.getVillageId()).orElseThrow(() -> new AwardNotFound(awardId));
        if (!by.canRead(village.getCode())) {
            throw VillageForbidden.toRead(village.getCode());
        }
        Household household = households.findById(award.getHouseholdId()).orElseThrow();
        RuleSet ruleSet = ruleSets.findById(award.getRuleSetId()).orElseThrow();
        RuleSetRule rule = rules.findByRuleSetIdAndName(award.getRuleSetId(), award.getRule()).orElseThrow();
        BehaviourEvent event = award.getEventRowId() == null ? null
                : events.findById(award.getEventRowId()).orElseThrow();
        PlanActivation activation = activations
                .findFirstByRuleSetIdAndActivatedAtLessThanEqualOrderByActivatedAtDescIdDesc(ruleSet.id(),
                        award.getCreatedAt())
                .orElse(null);
        Long reversedBy = ledger.findByReversesAwardId(award.id()).map(Award::id).orElse(null);
        return new AwardTrace(
                new AwardTrace.AwardPart(award.id(), award.getRule(), award.getCategory(), award.getKind(),
                        award.getPoints(), award.getMonth(), award.getSource(), award.getReversesAwardId(),
                        award.getReason(), reversedBy),
                event == null ? null : new AwardTrace.EventPart(event.getEventId(), event.getType(),
                        event.getOccurredOn(), event.getQuantity(), attributes(event), event.getNote()),
                new AwardTrace.HouseholdPart(household.id(), household.getHouseholdNo(), household.getHeadName(),
                        household.getGroup(), household.getCentralVillage()),
                new AwardTrace.RulePart(rule.getName(), rule.getFileName(), rule.getLine(), rule.getSource(),
                        rule.getCap(), RuleInWords.of(ruleSet, rule), sheet(ruleSet, rule.getFileName()),
                        rule.getCap() == null ? null : rule.getCapWindow().said() + "最多计 " + rule.getCap() + " 分"),
                new AwardTrace.RuleSetPart(ruleSet.getVersion(), ruleSet.getSha256(),
                        activation == null ? null : activation.getActivatedAt(),
                        activation == null ? null : activation.getActivatedBy(),
                        ruleSet.getUploadedBy(), ruleSet.getUploadedAt(),
                        activation == null ? null : activation.from().map(Object::toString).orElse(null)),
                village.getCode(),
                event != null ? event.getRecordedBy()
                        : award.getRecordedBy() != null ? award.getRecordedBy() : "system",
                event == null ? award.getCreatedAt() : event.getRecordedAt(),
                event == null ? List.of() : evidence.of(event, village.getCode()),
                objections.stream().flatMap(source -> source.on(award.id()).stream()).toList(),
                balances.month(village, household, award.getMonth()).orElse(null));
    }

    /** The sheet a workbook's rule rows are read from; null for a file that is no workbook. */
    private static @Nullable String sheet(RuleSet ruleSet, String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".xls")) {
            return null;
        }
        return ruleSet.getFiles().stream().filter(file -> file.getName().equals(fileName)).findFirst()
                .map(file -> Sheets.firstSheetName(file.content())).orElse(null);
    }

    private Map<String, String> attributes(BehaviourEvent event) {
        return json.readValue(event.getAttributes(), new TypeReference<Map<String, String>>() { });
    }
}
