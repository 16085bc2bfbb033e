package org.jifen.household;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The fields of the registry: the name the API uses, the column a clerk's spreadsheet calls it, and the value as the
 * change history stores it (tags joined with 、, no central village as null).
 */
public enum HouseholdField {

    HOUSEHOLD_NO("householdNo", "户号", HouseholdFacts::householdNo),
    HEAD_NAME("headName", "户主姓名", HouseholdFacts::headName),
    GROUP("group", "村民小组", HouseholdFacts::group),
    CENTRAL_VILLAGE("centralVillage", "自然村", HouseholdFacts::centralVillage),
    LOCAL_HUKOU("localHukou", "本地户籍", HouseholdFacts::localHukou),
    HOMESTEAD("homestead", "宅基地", HouseholdFacts::homestead),
    PERMANENT_RESIDENTS("permanentResidents", "常住人口", HouseholdFacts::permanentResidents),
    MEMBERS("members", "家庭人口", HouseholdFacts::members),
    TAGS("tags", "标签", facts -> facts.tags().isEmpty() ? null : String.join("、", facts.tags()));

    private final String apiName;
    private final String label;
    private final Function<HouseholdFacts, @Nullable Object> value;

    HouseholdField(String apiName, String label, Function<HouseholdFacts, @Nullable Object> value) {
        this.apiName = apiName;
        this.label = label;
        this.value = value;
    }

    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    public static HouseholdField byApiName(String apiName) {
        for (HouseholdField field : values()) {
            if (field.apiName.equals(apiName)) {
                return field;
            }
        }
        throw new IllegalArgumentException("no household field " + apiName);
    }

    @Nullable String text(HouseholdFacts facts) {
        Object shown = value.apply(facts);
        return shown == null ? null : shown.toString();
    }
}
