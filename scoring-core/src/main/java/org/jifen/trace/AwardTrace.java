package org.jifen.trace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jifen.balance.MonthPoints;
import org.jifen.evidence.EvidenceItem;
import org.jifen.plan.RuleInWords;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.AwardSource;
import org.jspecify.annotations.Nullable;

/**
 * Everything an auditor needs to see why an award exists: the rule's text, its plan version, the people, and the
 * evidence attached to its event (empty for an entry without an event); and, once its month is finalised, what
 * became of the month's points ({@code points}: spendable since when, until when, and the expiries that took them).
 */
public record AwardTrace(
        AwardPart award,
        @Nullable EventPart event,
        HouseholdPart household,
        RulePart rule,
        RuleSetPart ruleSet,
        String village,
        String recordedBy,
        Instant recordedAt,
        List<EvidenceItem> evidence,
        List<ObjectionPart> objections,
        @Nullable MonthPoints points) {

    /**
     * {@code reverses} and {@code reason}: for an entry that takes another back (review, correction, re-scoring);
     * {@code reversedBy}: the entry that took this one back, if one did. A reversed entry keeps its rule and version.
     */
    public record AwardPart(long id, String rule, String category, Kind kind, int points, YearMonth month,
            AwardSource source, @Nullable Long reverses, @Nullable String reason, @Nullable Long reversedBy) {
    }

    public record EventPart(String eventId, String type, LocalDate occurredOn, int quantity,
            Map<String, String> attributes, @Nullable String note) {
    }

    public record HouseholdPart(long id, String householdNo, String headName, String group,
            @Nullable String centralVillage) {
    }

    /**
     * The rule as written ({@code source}) and what it does in plain words ({@code inWords}), taken from what runs:
     * for a rule in sentences, from the DRL its plan's sentences expand to (ADR 0214). For a workbook ({@code .xls},
     * {@code .xlsx}), {@code line} is the row of the sheet named {@code sheet} (ADR 0224); null for any other file.
     * {@code capInWords} says the cap with its period (「每月最多计 15 分」, tryout clerk 4, B6), null without a cap.
     */
    public record RulePart(String name, String file, int line, String source, @Nullable Integer cap,
            RuleInWords inWords, @Nullable String sheet, @Nullable String capInWords) {
    }

    /**
     * An objection (异议) raised against this entry during the notice period, or the one whose upholding made this
     * entry (a correction): who raised it, when and why, and how the self-governance group decided.
     *
     * @param awardId the entry objected to
     * @param correctionAwardId the correcting entry an upheld objection made
     */
    public record ObjectionPart(long id, long awardId, String status, String reason, String raisedVia,
            @Nullable String raisedBy, @Nullable String recordedBy, Instant raisedAt, @Nullable String outcomeReason,
            List<Decider> decidedBy, @Nullable String resolvedBy, @Nullable Instant resolvedAt,
            @Nullable Long correctionAwardId) {
    }

    /** A member of the self-governance group who decided an objection. */
    public record Decider(long id, String name, String role) {
    }

    /**
     * The version whose rule made the entry, and its activation in force when the entry was made: who, when, and
     * from which month on ({@code activatedFrom}, {@code yyyy-MM}; null: every month).
     */
    public record RuleSetPart(int version, String sha256, @Nullable Instant activatedAt, @Nullable String activatedBy,
            String uploadedBy, Instant uploadedAt, @Nullable String activatedFrom) {
    }
}
