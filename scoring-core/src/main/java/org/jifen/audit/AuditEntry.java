package org.jifen.audit;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jifen.integrity.ChainLink;
import org.jifen.integrity.ChainPlace;
import org.jifen.integrity.ChainedEntry;
import org.jifen.integrity.LinkFields;
import org.jspecify.annotations.Nullable;

/** A row of the audit log. Immutable: no setters, and nothing in the service updates or deletes it. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "acted_at", updatable = false)
    private Instant actedAt;

    @Column(updatable = false)
    private String username;

    @Column(updatable = false)
    private String role;

    @Column(name = "remote_address", updatable = false)
    private String remoteAddress;

    @Column(name = "village_id", updatable = false)
    private @Nullable Long villageId;

    @Column(name = "village_code", updatable = false)
    private @Nullable String villageCode;

    @Column(name = "act_code", updatable = false)
    private String actCode;

    @Column(name = "act_label", updatable = false)
    private String actLabel;

    @Column(updatable = false)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private AuditOutcome outcome;

    @Column(updatable = false)
    private @Nullable String problem;

    @Column(updatable = false)
    private String details;

    /** The entry's place in the township's audit chain (empty for entries older than the chain); never rewritten. */
    @Embedded
    @AttributeOverride(name = "seq", column = @Column(name = "chain_seq", updatable = false))
    @AttributeOverride(name = "hash", column = @Column(name = "chain_hash", updatable = false))
    @AttributeOverride(name = "format", column = @Column(name = "chain_format", updatable = false))
    private ChainPlace chain = ChainPlace.none();

    protected AuditEntry() {
        this.actedAt = Instant.EPOCH;
        this.username = "";
        this.role = "";
        this.remoteAddress = "";
        this.actCode = "";
        this.actLabel = "";
        this.target = "";
        this.outcome = AuditOutcome.DONE;
        this.details = "{}";
    }

    AuditEntry(AuditedAct act, Instant at, @Nullable Long villageId, String details) {
        // Kept to the millisecond: databases round finer digits differently, and the chain hash covers this value.
        this.actedAt = at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.username = clip(act.actor().username(), 40);
        this.role = act.actor().role().name();
        this.remoteAddress = clip(act.remoteAddress(), 64);
        this.villageId = villageId;
        this.villageCode = act.villageCode() == null ? null : clip(act.villageCode(), 40);
        this.actCode = clip(act.code(), 60);
        this.actLabel = clip(act.label(), 60);
        this.target = clip(act.target(), 200);
        this.outcome = act.outcome();
        this.problem = act.problem() == null ? null : clip(act.problem(), 80);
        this.details = details;
    }

    /** Keeps where the entry was linked into the audit chain. */
    void chain(ChainLink link) {
        this.chain = ChainPlace.of(link);
    }

    /** What the entry's link covers. */
    LinkFields linkFields() {
        return LinkFields.of(actedAt, username, role, remoteAddress, villageId, villageCode, actCode, actLabel, target,
                outcome, problem, details);
    }

    ChainedEntry asChained() {
        return chain.entry("audit", id(), linkFields());
    }

    /** What the caller sent is kept, cut to the column's width, rather than the act refused for a long value. */
    static String clip(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("audit entry not saved yet");
        }
        return id;
    }

    public Instant getActedAt() {
        return actedAt;
    }

    public String getUsername() {
        return username;
    }

    public String getRole() {
        return role;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public @Nullable String getVillageCode() {
        return villageCode;
    }

    public String getActCode() {
        return actCode;
    }

    public String getActLabel() {
        return actLabel;
    }

    public String getTarget() {
        return target;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public @Nullable String getProblem() {
        return problem;
    }

    public String getDetails() {
        return details;
    }
}
