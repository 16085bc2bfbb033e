package org.jifen.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** One run of a village's monthly evaluation: who ran it, when, with which plan version, and what it changed. */
@Entity
@Table(name = "month_evaluation")
public class MonthEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "score_month")
    private YearMonth month;

    @Column(name = "rule_set_id")
    private long ruleSetId;

    @Column(name = "rule_set_version")
    private int ruleSetVersion;

    private int households;

    @Column(name = "awards_added")
    private int awardsAdded;

    @Column(name = "awards_reversed")
    private int awardsReversed;

    @Column(name = "evaluated_by")
    private String evaluatedBy;

    @Column(name = "evaluated_at")
    private Instant evaluatedAt;

    protected MonthEvaluation() {
        this.month = YearMonth.of(1970, 1);
        this.evaluatedBy = "";
        this.evaluatedAt = Instant.EPOCH;
    }

    MonthEvaluation(long villageId, YearMonth month, long ruleSetId, int ruleSetVersion, int households,
            int awardsAdded, int awardsReversed, String evaluatedBy, Instant evaluatedAt) {
        this.villageId = villageId;
        this.month = month;
        this.ruleSetId = ruleSetId;
        this.ruleSetVersion = ruleSetVersion;
        this.households = households;
        this.awardsAdded = awardsAdded;
        this.awardsReversed = awardsReversed;
        this.evaluatedBy = evaluatedBy;
        this.evaluatedAt = evaluatedAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("evaluation not saved yet");
        }
        return id;
    }

    public YearMonth getMonth() {
        return month;
    }

    public int getRuleSetVersion() {
        return ruleSetVersion;
    }

    public int getHouseholds() {
        return households;
    }

    public int getAwardsAdded() {
        return awardsAdded;
    }

    public int getAwardsReversed() {
        return awardsReversed;
    }

    public String getEvaluatedBy() {
        return evaluatedBy;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }
}
