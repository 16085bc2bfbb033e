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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A household (家庭户), the unit the township scores. Eligible only with local household registration, a homestead
 * house and at least one permanent resident (the plan's 四(一)). Its facts change only through
 * {@link HouseholdService}, which records each changed field.
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
    private Set<HouseholdTag> tags = new HashSet<>();

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

    Household(long villageId, HouseholdFacts facts, String createdBy, Instant createdAt) {
        this.villageId = villageId;
        this.householdNo = facts.householdNo();
        this.headName = facts.headName();
        this.group = facts.group();
        become(facts);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** What the registry says of the household now. */
    public HouseholdFacts facts() {
        return new HouseholdFacts(householdNo, headName, group, centralVillage, localHukou, homestead,
                permanentResidents, members, List.copyOf(tagNames()));
    }

    /** Takes on the facts; the caller records what changed (see {@link HouseholdService}). */
    void become(HouseholdFacts facts) {
        this.householdNo = facts.householdNo();
        this.headName = facts.headName();
        this.group = facts.group();
        this.centralVillage = facts.centralVillage();
        this.localHukou = facts.localHukou();
        this.homestead = facts.homestead();
        this.permanentResidents = facts.permanentResidents();
        this.members = facts.members();
        // Replaced only when different: touching the collection makes Hibernate rewrite every tag row.
        if (!tagNames().equals(new TreeSet<>(facts.tags()))) {
            this.tags.clear();
            facts.tags().forEach(tag -> this.tags.add(new HouseholdTag(villageId, tag)));
        }
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
        return Set.copyOf(tagNames());
    }

    private SortedSet<String> tagNames() {
        return tags.stream().map(HouseholdTag::tag).collect(Collectors.toCollection(TreeSet::new));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isEligible() {
        return facts().eligible();
    }

    /** The household as a rule sees it. */
    public org.jifen.rules.Household fact() {
        return new org.jifen.rules.Household(String.valueOf(id()), group, centralVillage, members,
                permanentResidents, tagNames());
    }
}
