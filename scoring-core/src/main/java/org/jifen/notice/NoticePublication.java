package org.jifen.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** That a village published its quarterly notice: when, by whom, and which months were finalised at the time. */
@Entity
@Table(name = "notice_publication")
class NoticePublication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "score_quarter")
    private String quarter;

    /** The finalised months the published notice showed, comma-separated. */
    @Column(name = "finalised_months")
    private String finalisedMonths;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected NoticePublication() {
        this.quarter = "";
        this.finalisedMonths = "";
        this.publishedBy = "";
        this.publishedAt = Instant.EPOCH;
    }

    NoticePublication(long villageId, Quarter quarter, List<YearMonth> finalisedMonths, String publishedBy,
            Instant publishedAt) {
        this.villageId = villageId;
        this.quarter = quarter.toString();
        this.finalisedMonths = finalisedMonths.stream().map(YearMonth::toString).collect(Collectors.joining(","));
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    String getQuarter() {
        return quarter;
    }

    List<YearMonth> getFinalisedMonths() {
        return Arrays.stream(finalisedMonths.split(",")).filter(month -> !month.isEmpty()).map(YearMonth::parse)
                .toList();
    }

    String getPublishedBy() {
        return publishedBy;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }
}
