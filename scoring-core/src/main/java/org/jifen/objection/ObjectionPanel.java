package org.jifen.objection;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jifen.finalisation.UnknownApprovers;
import org.jifen.group.GroupMember;

/**
 * Who may decide an objection (ADR 0029): members of the village's own self-governance group, at least three
 * different ones, the group's leader (组长) among them. One entry is a smaller matter than a month's sign-off by six,
 * but never one person's: the leader answers for it and two more members see it.
 */
final class ObjectionPanel {

    static final String LEADER = "组长";
    static final int MINIMUM_DECIDERS = 3;

    private ObjectionPanel() {
    }

    /**
     * The distinct deciders, or the refusal that says why they cannot decide: ids outside the group
     * ({@link UnknownApprovers}), no leader among them ({@link NoLeaderDecided}), fewer than three
     * ({@link NotEnoughDeciders}).
     *
     * @param group the village's group members by id
     */
    static List<Long> check(Map<Long, GroupMember> group, Collection<Long> decidedBy) {
        Set<Long> distinct = new LinkedHashSet<>(decidedBy);
        List<Long> unknown = distinct.stream().filter(id -> !group.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownApprovers(unknown);
        }
        if (distinct.stream().noneMatch(id -> LEADER.equals(group.get(id).getRole()))) {
            throw new NoLeaderDecided();
        }
        if (distinct.size() < MINIMUM_DECIDERS) {
            throw new NotEnoughDeciders(distinct.size());
        }
        return distinct.stream().sorted().toList();
    }

    /**
     * The deciders as the correcting entry names them (it keeps at most 40 characters): their names, or the leader's
     * name and how many decided.
     */
    static String signature(Map<Long, GroupMember> group, List<Long> deciders) {
        String names = deciders.stream().map(id -> group.get(id).getName()).collect(Collectors.joining("、"));
        if (names.length() <= 40) {
            return names;
        }
        String leader = deciders.stream().map(group::get).filter(member -> LEADER.equals(member.getRole()))
                .findFirst().map(GroupMember::getName).orElse("");
        String count = "等" + deciders.size() + "人";
        return leader.substring(0, Math.min(leader.length(), 40 - count.length())) + count;
    }
}
