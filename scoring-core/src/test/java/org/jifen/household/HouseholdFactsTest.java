package org.jifen.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdFactsTest {

    private static final HouseholdFacts WANG = new HouseholdFacts("01-001", "王建华", "一组", "杨家宅", true, true, 3, 4,
            List.of("党员户"));

    @Test
    void onlyTheFieldsThatDifferAreChangesWithTheirValuesBeforeAndAfter() {
        HouseholdFacts moved = new HouseholdFacts("01-001", "王建华", "二组", "", true, false, 3, 4,
                List.of("党员户", "低保户", "党员户"));

        assertThat(WANG.changesTo(moved)).containsExactly(
                new HouseholdFacts.FieldChange(HouseholdField.GROUP, "一组", "二组"),
                new HouseholdFacts.FieldChange(HouseholdField.CENTRAL_VILLAGE, "杨家宅", null),
                new HouseholdFacts.FieldChange(HouseholdField.HOMESTEAD, "true", "false"),
                new HouseholdFacts.FieldChange(HouseholdField.TAGS, "党员户", "低保户、党员户"));
        assertThat(WANG.eligible()).isTrue();
        assertThat(moved.eligible()).isFalse();
        assertThat(WANG.changesTo(new HouseholdFacts("01-001", "王建华", "一组", "杨家宅", true, true, 3, 4,
                List.of("党员户")))).isEmpty();
    }

    @Test
    void anEditChangesOnlyWhatItGives() {
        HouseholdEdit nobodyLeft = new HouseholdEdit(null, null, null, null, null, null, 0, null, null, "全家外出务工");
        HouseholdEdit noCentralVillage = new HouseholdEdit(null, null, null, "", null, null, null, null, List.of(),
                null);

        assertThat(nobodyLeft.applyTo(WANG).changesTo(WANG)).extracting(HouseholdFacts.FieldChange::field)
                .containsExactly(HouseholdField.PERMANENT_RESIDENTS);
        assertThat(nobodyLeft.applyTo(WANG).eligible()).isFalse();
        assertThat(noCentralVillage.applyTo(WANG).centralVillage()).isNull();
        assertThat(noCentralVillage.applyTo(WANG).tags()).isEmpty();
    }
}
