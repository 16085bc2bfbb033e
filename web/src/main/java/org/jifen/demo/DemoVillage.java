package org.jifen.demo;

import java.util.List;
import java.util.stream.IntStream;
import org.jifen.village.NewVillage;
import org.jspecify.annotations.Nullable;

/**
 * One village of the demo township: which plan it runs ({@code plan}, a code of
 * {@link org.jifen.pilots.PilotPlans}), its household-number prefix, how many villager groups and households it
 * has, the surname its old families share, and whether one household breaks a veto item this month.
 */
record DemoVillage(String code, String name, boolean demo, String plan, String prefix, int groupCount,
        @Nullable String centralVillage, int households, String commonSurname, boolean oneVeto) {

    private static final String[] GROUP_NAMES = {"一组", "二组", "三组", "四组", "五组", "六组"};

    /** A pilot village by its real name, with its own plan. */
    static DemoVillage pilot(String code, String name, String prefix, int groups, String centralVillage,
            int households, String commonSurname) {
        return new DemoVillage(code, name, false, code, prefix, groups, centralVillage, households, commonSurname,
                false);
    }

    /** An invented village, marked as demo data in its name and its flag, with the township template. */
    static DemoVillage invented(String code, String name, String prefix, int groups, @Nullable String centralVillage,
            int households, String commonSurname) {
        return new DemoVillage(code, name + "（演示）", true, "template", prefix, groups, centralVillage, households,
                commonSurname, false);
    }

    DemoVillage withOneVeto() {
        return new DemoVillage(code, name, demo, plan, prefix, groupCount, centralVillage, households, commonSurname,
                true);
    }

    List<String> groups() {
        return IntStream.range(0, groupCount).mapToObj(i -> GROUP_NAMES[i]).toList();
    }

    NewVillage registration() {
        return new NewVillage(code, name, centralVillage == null ? List.of() : List.of(centralVillage), groups());
    }
}
