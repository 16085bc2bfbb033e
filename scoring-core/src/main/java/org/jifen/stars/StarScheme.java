package org.jifen.stars;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A village's star levels (one row per village, replaced when the village admin changes it; the audit log keeps each
 * change). {@code levels} is kept as {@code stars=minPoints} pairs, such as {@code 1=150,2=180,3=210}.
 */
@Entity
@Table(name = "star_scheme")
class StarScheme {

    @Id
    @Column(name = "village_id")
    private long villageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind")
    private StarPeriod period;

    private String levels;

    @Column(name = "veto_removes_star")
    private boolean vetoRemovesStar;

    @Column(name = "red_list_size")
    private int redListSize;

    @Column(name = "help_list_size")
    private int helpListSize;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected StarScheme() {
        this.period = StarPeriod.QUARTER;
        this.levels = "";
        this.changedBy = "";
        this.changedAt = Instant.EPOCH;
    }

    StarScheme(long villageId) {
        this();
        this.villageId = villageId;
    }

    void set(StarPeriod period, List<NewStarScheme.Level> levels, boolean vetoRemovesStar, int redListSize,
            int helpListSize, String by, Instant at) {
        this.period = period;
        this.levels = String.join(",", levels.stream().sorted(Comparator.comparing(NewStarScheme.Level::stars))
                .map(level -> level.stars() + "=" + level.minPoints()).toList());
        this.vetoRemovesStar = vetoRemovesStar;
        this.redListSize = redListSize;
        this.helpListSize = helpListSize;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The levels, fewest stars first. */
    List<NewStarScheme.Level> levels() {
        return Arrays.stream(levels.split(",")).filter(pair -> !pair.isBlank()).map(pair -> pair.split("="))
                .map(pair -> new NewStarScheme.Level(Integer.valueOf(pair[0]), Integer.valueOf(pair[1]))).toList();
    }

    /** The stars these points earn, less one for each vetoed month when the village says so; never below zero. */
    int stars(int points, int vetoMonths) {
        int stars = levels().stream().filter(level -> points >= level.minPoints())
                .mapToInt(NewStarScheme.Level::stars).max().orElse(0);
        return Math.max(0, stars - (vetoRemovesStar ? vetoMonths : 0));
    }

    StarPeriod getPeriod() {
        return period;
    }

    boolean isVetoRemovesStar() {
        return vetoRemovesStar;
    }

    int getRedListSize() {
        return redListSize;
    }

    int getHelpListSize() {
        return helpListSize;
    }

    String getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }
}
