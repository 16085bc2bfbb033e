package org.jifen.village;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An administrative village (行政村): its central villages and its villager groups. */
@Entity
@Table(name = "village")
public class Village {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code;

    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "village_central_village", joinColumns = @JoinColumn(name = "village_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> centralVillages = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "villager_group", joinColumns = @JoinColumn(name = "village_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> groups = new ArrayList<>();

    /** Demo data, marked so that nobody mistakes it for a real village. */
    private boolean demo;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Village() {
        this.code = "";
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    Village(String code, String name, List<String> centralVillages, List<String> groups, boolean demo,
            Instant createdAt) {
        this.code = code;
        this.name = name;
        this.centralVillages = new ArrayList<>(centralVillages);
        this.groups = new ArrayList<>(groups);
        this.demo = demo;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("village not saved yet");
        }
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public List<String> getCentralVillages() {
        return List.copyOf(centralVillages);
    }

    public List<String> getGroups() {
        return List.copyOf(groups);
    }

    public boolean isDemo() {
        return demo;
    }

    /** A village that lists its groups accepts households of those groups only. */
    public boolean hasGroup(String group) {
        return groups.isEmpty() || groups.contains(group);
    }

    public boolean hasCentralVillage(@Nullable String centralVillage) {
        return centralVillage == null || centralVillages.isEmpty() || centralVillages.contains(centralVillage);
    }
}
