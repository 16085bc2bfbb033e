package org.jifen.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A step of a typical case with who took it, when, and a note. Appended, never changed. */
@Entity
@Table(name = "typical_case_step")
public class CaseStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "case_id")
    private long caseId;

    @Column(name = "village_id")
    private long villageId;

    @Enumerated(EnumType.STRING)
    private CaseStepKind step;

    private @Nullable String note;

    @Column(name = "taken_by")
    private String takenBy;

    @Column(name = "taken_at")
    private Instant takenAt;

    protected CaseStep() {
        this.step = CaseStepKind.SUBMITTED;
        this.takenBy = "";
        this.takenAt = Instant.EPOCH;
    }

    CaseStep(TypicalCase typicalCase, CaseStepKind step, @Nullable String note, String takenBy, Instant takenAt) {
        this.caseId = typicalCase.id();
        this.villageId = typicalCase.getVillageId();
        this.step = step;
        this.note = note;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
    }

    public long getCaseId() {
        return caseId;
    }

    public CaseStepKind getStep() {
        return step;
    }

    public @Nullable String getNote() {
        return note;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public Instant getTakenAt() {
        return takenAt;
    }
}
