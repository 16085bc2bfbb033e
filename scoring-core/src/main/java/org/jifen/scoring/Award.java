package org.jifen.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import org.jifen.engine.FiredAward;
import org.jifen.integrity.ChainLink;
import org.jifen.integrity.ChainPlace;
import org.jifen.integrity.LinkFields;
import org.jifen.rules.Awards.Kind;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a village's points ledger: a rule of a plan version granted (or deducted) points for a household's
 * month. Appended, never updated or deleted: {@code points} is what the rule asked for, and the month's arithmetic
 * (caps, floor, ceiling, veto) is shown beside it, not written over it. Taking points back is a new, reversing entry
 * ({@link #reversal}) that names the entry it reverses, who recorded it and why.
 */
@Entity
@Table(name = "award")
public class Award {

    /** From a sequence handed out 50 at a time (ADR 0100): a batch's rows take their ids without a round trip each. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_ids")
    @SequenceGenerator(name = "award_ids", sequenceName = "award_ids", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "household_id")
    private long householdId;

    @Column(name = "score_month")
    private YearMonth month;

    @Enumerated(EnumType.STRING)
    private AwardSource source;

    @Column(name = "event_row_id")
    private @Nullable Long eventRowId;

    @Column(name = "event_id")
    private @Nullable String eventId;

    @Column(name = "rule_set_id")
    private long ruleSetId;

    @Column(name = "rule_set_version")
    private int ruleSetVersion;

    @Column(name = "rule_set_sha256")
    private String ruleSetSha256;

    private String rule;

    private String category;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private int points;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The entry this one reverses; the database lets each entry be reversed once. */
    @Column(name = "reverses_award_id")
    private @Nullable Long reversesAwardId;

    private @Nullable String reason;

    @Column(name = "recorded_by")
    private @Nullable String recordedBy;

    /** Who decided a review, as they name themselves (members of the self-governance group have no login). */
    @Column(name = "decided_by")
    private @Nullable String decidedBy;

    /** The entry's place in its village's chain. */
    @Embedded
    private ChainPlace chain = ChainPlace.none();

    /** The value of the rule's {@code @capBy} attribute (the person, the deed) whose cap this entry counts under. */
    @Column(name = "cap_key")
    private @Nullable String capKey;

    protected Award() {
        this.month = YearMonth.of(1970, 1);
        this.source = AwardSource.EVENT;
        this.ruleSetSha256 = "";
        this.rule = "";
        this.category = "";
        this.kind = Kind.BASE;
        this.createdAt = Instant.EPOCH;
    }

    Award(BehaviourEvent event, String ruleSetSha256, FiredAward fired) {
        this(event.getVillageId(), event.getHouseholdId(), event.getMonth(), AwardSource.EVENT, event.id(),
                event.getEventId(), event.getRuleSetId(), event.getRuleSetVersion(), ruleSetSha256, fired,
                event.getRecordedAt());
        this.recordedBy = event.getRecordedBy();
    }

    Award(long villageId, long householdId, YearMonth month, AwardSource source, @Nullable Long eventRowId,
            @Nullable String eventId, long ruleSetId, int ruleSetVersion, String ruleSetSha256, FiredAward fired,
            Instant createdAt) {
        this.villageId = villageId;
        this.householdId = householdId;
        this.month = month;
        this.source = source;
        this.eventRowId = eventRowId;
        this.eventId = eventId;
        this.ruleSetId = ruleSetId;
        this.ruleSetVersion = ruleSetVersion;
        this.ruleSetSha256 = ruleSetSha256;
        this.rule = fired.rule();
        this.category = fired.category();
        this.kind = fired.kind();
        this.points = fired.points();
        this.capKey = fired.capKey();
        // Kept to the millisecond: databases round finer digits differently, and the chain hash covers this value.
        this.createdAt = createdAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /**
     * What a rule of the version that now governs the event's month grants for the event when the month is re-scored
     * (ADR 0056): an event entry like the first, of the new version, entered when and by whom the re-scoring was done.
     */
    public static Award rescored(BehaviourEvent event, long ruleSetId, int ruleSetVersion, String ruleSetSha256,
            FiredAward fired, String rescoredBy, Instant rescoredAt) {
        Award award = new Award(event.getVillageId(), event.getHouseholdId(), event.getMonth(), AwardSource.EVENT,
                event.id(), event.getEventId(), ruleSetId, ruleSetVersion, ruleSetSha256, fired, rescoredAt);
        award.recordedBy = rescoredBy;
        return award;
    }

    /** What a month-end rule granted when the household's month was evaluated. */
    public static Award monthEnd(long villageId, long householdId, YearMonth month, long ruleSetId, int ruleSetVersion,
            String ruleSetSha256, FiredAward fired, String evaluatedBy, Instant evaluatedAt) {
        Award award = new Award(villageId, householdId, month, AwardSource.MONTH_END, null, null, ruleSetId,
                ruleSetVersion, ruleSetSha256, fired, evaluatedAt);
        award.recordedBy = evaluatedBy;
        return award;
    }

    /**
     * The entry that takes this one back: same household, rule, category, kind and plan version, the opposite points,
     * in {@code month} (this entry's own month, or the open month for a correction after finalisation).
     */
    public Award reversal(AwardSource source, YearMonth month, String reason, String recordedBy,
            @Nullable String decidedBy, Instant at) {
        if (isReversal()) {
            throw new IllegalStateException("a reversing entry is never reversed itself");
        }
        Award reversal = new Award(villageId, householdId, month, source, null, null, ruleSetId, ruleSetVersion,
                ruleSetSha256, new FiredAward(rule, kind, -points, category, capKey), at);
        reversal.reversesAwardId = id();
        reversal.reason = reason;
        reversal.recordedBy = recordedBy;
        reversal.decidedBy = decidedBy;
        return reversal;
    }

    /** The id recording took for the row it writes itself (ADR 0229). */
    void assigned(long id) {
        if (this.id != null) {
            throw new IllegalStateException("award " + this.id + " has its id already");
        }
        this.id = id;
    }

    /** Where the entry stands in its village's chain. */
    ChainPlace place() {
        return chain;
    }

    /** Keeps where the entry was linked into its village's chain. */
    void chain(ChainLink link) {
        this.chain = ChainPlace.of(link);
    }

    /** What the entry's link covers; the cap key came later, so entries written before it hash as they did. */
    LinkFields linkFields() {
        return new LinkedAward(0, null, null, 0, villageId, householdId, month, source, eventRowId, eventId, ruleSetId,
                ruleSetVersion, ruleSetSha256, rule, category, kind, points, reversesAwardId, reason, recordedBy,
                decidedBy, createdAt, capKey).fields();
    }

    public boolean isReversal() {
        return reversesAwardId != null;
    }

    /** Whether the entry is in the ledger already; one only counted, not yet written, is taken back by nothing. */
    public boolean isWritten() {
        return id != null;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("award not saved yet");
        }
        return id;
    }

    public long getVillageId() {
        return villageId;
    }

    public long getHouseholdId() {
        return householdId;
    }

    public YearMonth getMonth() {
        return month;
    }

    public AwardSource getSource() {
        return source;
    }

    public @Nullable Long getEventRowId() {
        return eventRowId;
    }

    public @Nullable String getEventId() {
        return eventId;
    }

    public long getRuleSetId() {
        return ruleSetId;
    }

    public int getRuleSetVersion() {
        return ruleSetVersion;
    }

    public String getRuleSetSha256() {
        return ruleSetSha256;
    }

    public String getRule() {
        return rule;
    }

    public @Nullable String getCapKey() {
        return capKey;
    }

    public String getCategory() {
        return category;
    }

    public Kind getKind() {
        return kind;
    }

    public int getPoints() {
        return points;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Long getReversesAwardId() {
        return reversesAwardId;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public @Nullable String getRecordedBy() {
        return recordedBy;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }
}
