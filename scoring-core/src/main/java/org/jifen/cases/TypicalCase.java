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
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A typical case a village submitted: its title and text, the households concerned (ids of the village's households)
 * and the items concerned (in words, such as the rule or practice it shows). Its status moves only forward, each
 * move a {@link CaseStep}.
 */
@Entity
@Table(name = "typical_case")
public class TypicalCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    private String title;

    private String text;

    /** Household ids, comma-separated. */
    private String households;

    /** Items, one a line. */
    private String items;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected TypicalCase() {
        this.title = "";
        this.text = "";
        this.households = "";
        this.items = "";
        this.status = CaseStatus.SUBMITTED;
        this.submittedBy = "";
        this.submittedAt = Instant.EPOCH;
    }

    TypicalCase(long villageId, String title, String text, List<Long> households, List<String> items,
            String submittedBy, Instant submittedAt) {
        this.villageId = villageId;
        this.title = title;
        this.text = text;
        this.households = String.join(",", households.stream().map(String::valueOf).toList());
        this.items = String.join("\n", items);
        this.status = CaseStatus.SUBMITTED;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    /** The township's review: shortlisted or not, once, from submitted only. */
    CaseStepKind review(boolean shortlist) {
        if (status != CaseStatus.SUBMITTED) {
            throw new CaseAlreadyReviewed(id(), status);
        }
        status = shortlist ? CaseStatus.SHORTLISTED : CaseStatus.RETURNED;
        return shortlist ? CaseStepKind.SHORTLISTED : CaseStepKind.RETURNED;
    }

    /** Published, from shortlisted only. */
    void publish() {
        if (status != CaseStatus.SHORTLISTED) {
            throw new CaseNotShortlisted(id(), status);
        }
        status = CaseStatus.PUBLISHED;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("case not saved yet");
        }
        return id;
    }

    public long getVillageId() {
        return villageId;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public List<Long> households() {
        return households.isEmpty() ? List.of() : Arrays.stream(households.split(",")).map(Long::valueOf).toList();
    }

    public List<String> items() {
        return items.isEmpty() ? List.of() : List.of(items.split("\n"));
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
