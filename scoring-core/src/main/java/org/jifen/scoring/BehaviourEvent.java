package org.jifen.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A behaviour event as recorded: what happened, who recorded it, and which plan version scored it. */
@Entity
@Table(name = "behaviour_event")
public class BehaviourEvent {

    /** From a sequence handed out 50 at a time (ADR 0100): a batch's rows take their ids without a round trip each. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "behaviour_event_ids")
    @SequenceGenerator(name = "behaviour_event_ids", sequenceName = "behaviour_event_ids", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "event_id")
    private String eventId;

    @Column(name = "household_id")
    private long householdId;

    private String type;

    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    @Column(name = "score_month")
    private YearMonth month;

    private int quantity;

    /** The attributes as a JSON object. */
    private String attributes;

    private @Nullable String note;

    @Column(name = "rule_set_id")
    private long ruleSetId;

    @Column(name = "rule_set_version")
    private int ruleSetVersion;

    private String fingerprint;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    /** What recording answered beyond the awards (ADR 0058), as JSON; null for events recorded before it was kept. */
    private @Nullable String answered;

    protected BehaviourEvent() {
        this.eventId = "";
        this.type = "";
        this.occurredOn = LocalDate.EPOCH;
        this.month = YearMonth.of(1970, 1);
        this.attributes = "{}";
        this.fingerprint = "";
        this.recordedBy = "";
        this.recordedAt = Instant.EPOCH;
    }

    BehaviourEvent(long villageId, RecordEvent request, String attributesJson, long ruleSetId, int ruleSetVersion,
            String recordedBy, Instant recordedAt, String answered) {
        this.answered = answered;
        this.villageId = villageId;
        this.eventId = request.eventId();
        this.householdId = request.householdId();
        this.type = request.type();
        this.occurredOn = request.occurredOn();
        this.month = YearMonth.from(request.occurredOn());
        this.quantity = request.quantity();
        this.attributes = attributesJson;
        this.note = request.note();
        this.ruleSetId = ruleSetId;
        this.ruleSetVersion = ruleSetVersion;
        this.fingerprint = request.fingerprint();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The id recording took for the row it writes itself (ADR 0229). */
    void assigned(long id) {
        if (this.id != null) {
            throw new IllegalStateException("event " + this.id + " has its id already");
        }
        this.id = id;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("event not saved yet");
        }
        return id;
    }

    public long getVillageId() {
        return villageId;
    }

    public String getEventId() {
        return eventId;
    }

    public long getHouseholdId() {
        return householdId;
    }

    public String getType() {
        return type;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public YearMonth getMonth() {
        return month;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getAttributes() {
        return attributes;
    }

    public @Nullable String getNote() {
        return note;
    }

    public long getRuleSetId() {
        return ruleSetId;
    }

    public int getRuleSetVersion() {
        return ruleSetVersion;
    }

    String getFingerprint() {
        return fingerprint;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    @Nullable String getAnswered() {
        return answered;
    }
}
