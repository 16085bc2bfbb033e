package org.jifen.household;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Villager groups in the order people count them (tryout clerk 5, L4): 一组, 二组, 三组 … 十二组, and 1组, 2组 … 12组,
 * not in the order of their characters (一组, 三组, 二组). A group not named by a number comes after, by its name.
 */
public final class GroupOrder {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(第)?([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})");
    private static final String DIGITS = "零一二三四五六七八九";

    /** Groups by their number, then by name; households by group, then 户号. */
    public static final Comparator<String> GROUPS = Comparator
            .comparingLong((String group) -> number(group)).thenComparing(Comparator.naturalOrder());
    public static final Comparator<Household> HOUSEHOLDS = Comparator
            .comparing((Household household) -> household.getGroup() == null ? "" : household.getGroup(), GROUPS)
            .thenComparing(Household::getHouseholdNo);

    private GroupOrder() {
    }

    /** The number a group's name starts with (一组 → 1, 十二组 → 12, 3组 → 3); the largest for any other name. */
    static long number(String group) {
        Matcher numbered = NUMBERED.matcher(group);
        if (!numbered.find()) {
            return Long.MAX_VALUE;
        }
        String written = numbered.group(2);
        if (Character.isDigit(written.charAt(0))) {
            return Long.parseLong(written);
        }
        long total = 0;
        long digit = -1;
        for (char c : written.replace('〇', '零').replace('两', '二').toCharArray()) {
            int value = DIGITS.indexOf(c);
            if (value >= 0) {
                digit = value;
            } else if (c == '十' || c == '百') {
                total += (digit < 0 ? 1 : digit) * (c == '十' ? 10 : 100);
                digit = -1;
            }
        }
        return total + Math.max(digit, 0);
    }
}
