package org.jifen.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jifen.household.NewHousehold;
import org.jspecify.annotations.Nullable;

/**
 * The households of one demo village, spread over its villager groups and numbered like a village registry
 * ({@code YJZ-01-003}: prefix, group, number in the group). Most are eligible; about one in twelve is not, for each
 * of the three reasons of the plan's 四(一), so that the registry shows why some households are not scored.
 */
final class DemoHouseholds {

    /** Household sizes 1..6, weighted like a village today: many two- to four-person households. */
    private static final int[] MEMBER_WEIGHTS = {8, 22, 28, 22, 13, 7};

    private DemoHouseholds() {
    }

    static List<NewHousehold> of(DemoVillage village, Random random) {
        List<String> groups = village.groups();
        int[] numberInGroup = new int[groups.size()];
        Set<String> names = new HashSet<>();
        List<NewHousehold> households = new ArrayList<>();
        for (int i = 0; i < village.households(); i++) {
            int group = random.nextInt(groups.size());
            String householdNo = "%s-%02d-%03d".formatted(village.prefix(), group + 1, ++numberInGroup[group]);
            households.add(household(village, random, householdNo, groups.get(group), group,
                    HeadNames.next(random, village.commonSurname(), names)));
        }
        return households;
    }

    private static NewHousehold household(DemoVillage village, Random random, String householdNo, String group,
            int groupIndex, String headName) {
        List<String> tags = tags(village, random);
        boolean livesAlone = tags.contains("独居老人户");
        int members = livesAlone ? 1 : members(random);
        // Young people work in the city, so fewer live at home than are registered.
        int permanentResidents = livesAlone ? 1 : Math.max(1, members - random.nextInt(3));
        boolean localHukou = true;
        boolean homestead = true;
        switch (random.nextInt(36)) {
            case 0 -> homestead = false;
            case 1 -> permanentResidents = 0;
            case 2 -> localHukou = false;
            default -> { }
        }
        return new NewHousehold(householdNo, headName, group, centralVillage(village, random, groupIndex),
                localHukou, homestead, permanentResidents, members, tags);
    }

    private static int members(Random random) {
        int draw = random.nextInt(100);
        for (int size = 0; size < MEMBER_WEIGHTS.length; size++) {
            draw -= MEMBER_WEIGHTS[size];
            if (draw < 0) {
                return size + 1;
            }
        }
        return MEMBER_WEIGHTS.length;
    }

    /** The tags the plans read. 北新村 has many migrant tenants, so more landlords (出租户) there. */
    private static List<String> tags(DemoVillage village, Random random) {
        List<String> tags = new ArrayList<>();
        addSometimes(tags, "党员户", 15, random);
        addSometimes(tags, "村民代表户", 8, random);
        addSometimes(tags, "退役军人户", 5, random);
        addSometimes(tags, "低保户", 4, random);
        addSometimes(tags, "独居老人户", 6, random);
        addSometimes(tags, "出租户", village.code().equals("beixin") ? 35 : 12, random);
        return tags;
    }

    private static void addSometimes(List<String> tags, String tag, int percent, Random random) {
        if (random.nextInt(100) < percent) {
            tags.add(tag);
        }
    }

    /** The central village is where the first groups were resettled; most of their households live there. */
    private static @Nullable String centralVillage(DemoVillage village, Random random, int groupIndex) {
        return village.centralVillage() != null && groupIndex < 2 && random.nextInt(10) < 6
                ? village.centralVillage() : null;
    }
}
