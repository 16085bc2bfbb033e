package org.jifen.household;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the registry accepts as a household's 户号 and head counts (ADR 0126). Spaces around a 户号 (ASCII, full-width,
 * no-break) are what a copy from a spreadsheet or a chat brings along: they are dropped. A space inside one makes
 * "YJZ 02 009" and "YJZ-02-009" two households to a clerk's eye but one to the card's reader: refused. More people
 * living there (常住人口) than belong to the household (家庭人口) is a slip: refused.
 */
final class HouseholdNumbers {

    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]");
    private static final Pattern EDGES = Pattern.compile("^[\\s\\p{Z}\\u200B\\uFEFF]+|[\\s\\p{Z}\\u200B\\uFEFF]+$");

    private HouseholdNumbers() {
    }

    /** The 户号 without the spaces around it. */
    static String trimmed(String householdNo) {
        return EDGES.matcher(householdNo).replaceAll("");
    }

    /** Why a (trimmed) 户号 cannot be registered, in a clerk's words after 「户号」; null when it can. */
    static @Nullable String householdNoProblem(String householdNo) {
        return SPACE.matcher(householdNo).find()
                ? "“" + householdNo + "”中间有空格，请去掉空格或改用短横线（例如“" + SPACE.matcher(householdNo)
                        .replaceAll("-").replaceAll("-{2,}", "-") + "”）"
                : null;
    }

    /** Why these head counts cannot both be right, in a clerk's words after 「常住人口」; null when they can. */
    static @Nullable String peopleProblem(int permanentResidents, int members) {
        return permanentResidents > members ? "（" + permanentResidents + "）多于家庭人口（" + members
                + "），常住的人应当是家庭成员中的一部分，请核对" : null;
    }
}
