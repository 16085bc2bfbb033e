package org.jifen.rules;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The household an event or a month summary is about, as a rule sees it. */
public final class Household {

    private final String id;
    private final String group;
    private final @Nullable String centralVillage;
    private final int members;
    private final int permanentResidents;
    private final Set<String> tags;

    public Household(String id, String group, @Nullable String centralVillage, int members, int permanentResidents,
            Set<String> tags) {
        this.id = id;
        this.group = group;
        this.centralVillage = centralVillage;
        this.members = members;
        this.permanentResidents = permanentResidents;
        this.tags = Set.copyOf(tags);
    }

    public String getId() {
        return id;
    }

    /** The villager group (村民小组). */
    public String getGroup() {
        return group;
    }

    public @Nullable String getCentralVillage() {
        return centralVillage;
    }

    public int getMembers() {
        return members;
    }

    public int getPermanentResidents() {
        return permanentResidents;
    }

    /** Village-defined tags such as 党员户 or 低保户. */
    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    @Override
    public String toString() {
        return "Household[" + id + ", " + group + "]";
    }
}
