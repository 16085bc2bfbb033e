package org.jifen.household;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A household (家庭户), the unit the township scores. Eligible only with local household registration, a homestead
 * house and at least one permanent resident (the plan's 四(一)).
 */
@Entity
@Table(name = "household")
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "household_no")
    private String householdNo;

    @Column(name = "head_name")
    private String headName;

    @Column(name = "group_name")
    private String group;

    @Column(name = "central_village")
    private @Nullable String centralVillage;

    @Column(name = "local_hukou")
    private boolean localHukou;

    private boolean homestead;

    @Column(name = "permanent_residents")
    private int permanentResidents;

    private int members;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "household_tag", joinColumns = @JoinColumn(name = "household_id"))
    @Column(name = "tag")
    private Set<String> tags = new TreeSet<>();

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Household() {
        this.householdNo = "";
        this.headName = "";
        this.group = "";
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    Household(long villageId, NewHousehold request, String createdBy) {
        this.villageId = villageId;
        this.householdNo = request.householdNo();
        this.headName = request.headName();
        this.group = request.group();
        this.centralVillage = request.centralVillage();
        this.localHukou = request.localHukou();
        this.homestead = request.homestead();
        this.permanentResidents = request.permanentResidents();
        this.members = request.members();
        this.tags = new TreeSet<>(request.tags());
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("household not saved yet");
        }
        return id;
    }

    public long getVillageId() {
        return villageId;
    }

    public String getHouseholdNo() {
        return householdNo;
    }

    public String getHeadName() {
        return headName;
    }

    public String getGroup() {
        return group;
    }

    public @Nullable String getCentralVillage() {
        return centralVillage;
    }

    public boolean isLocalHukou() {
        return localHukou;
    }

    public boolean isHomestead() {
        return homestead;
    }

    public int getPermanentResidents() {
        return permanentResidents;
    }

    public int getMembers() {
        return members;
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isEligible() {
        return localHukou && homestead && permanentResidents >= 1;
    }

    /** The household as a rule sees it. */
    public org.jifen.rules.Household fact() {
        return new org.jifen.rules.Household(String.valueOf(id()), group, centralVillage, members,
                permanentResidents, tags);
    }
}
