package org.jifen.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member of a village's self-governance group. The plan (四(三)) names who sits in it (a member of the two
 * committees as leader, safety, health and civil-affairs staff, villager representatives, retired Party members), so
 * the role is the village's own words rather than a fixed list. A member who leaves is retired, never deleted: the
 * months they approved keep naming them (ADR 0085).
 */
@Entity
@Table(name = "group_member")
public class GroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    private String name;

    @Column(name = "member_role")
    private String role;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    @Column(name = "retired_by")
    private @Nullable String retiredBy;

    @Column(name = "retired_at")
    private @Nullable Instant retiredAt;

    protected GroupMember() {
        this.name = "";
        this.role = "";
        this.addedBy = "";
        this.addedAt = Instant.EPOCH;
    }

    GroupMember(long villageId, NewGroupMember request, String addedBy, Instant addedAt) {
        this.villageId = villageId;
        this.name = request.name();
        this.role = request.role();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("group member not saved yet");
        }
        return id;
    }

    public long getVillageId() {
        return villageId;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    /** Whether the member still sits in the group: only they approve months and decide objections. */
    public boolean isActive() {
        return retiredAt == null;
    }

    public @Nullable String getRetiredBy() {
        return retiredBy;
    }

    public @Nullable Instant getRetiredAt() {
        return retiredAt;
    }

    /** The member leaves the group; what they approved or decided keeps naming them. Once only. */
    void retire(String by, Instant at) {
        if (retiredAt != null) {
            throw new MemberAlreadyRetired(id(), name);
        }
        this.retiredBy = by;
        this.retiredAt = at;
    }
}
