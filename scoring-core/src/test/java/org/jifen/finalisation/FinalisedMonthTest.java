package org.jifen.finalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The township's plan (四(三)): a group of at least six signs off the month. */
class FinalisedMonthTest {

    private static final YearMonth JULY = YearMonth.of(2024, 7);
    private static final Set<Long> GROUP_OF_SEVEN = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L);

    @Test
    void sixDifferentMembersOfTheGroupFinaliseTheMonth() {
        FinalisedMonth month = approve(GROUP_OF_SEVEN, List.of(6L, 1L, 2L, 3L, 4L, 5L));

        assertThat(month.getMonth()).isEqualTo(YearMonth.of(2024, 7));
        assertThat(month.getApprovedBy()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(month.getFinalisedBy()).isEqualTo("staff-1");
    }

    @Test
    void theFinalisingEvaluationIsNamedOnce() {
        FinalisedMonth month = approve(GROUP_OF_SEVEN, List.of(1L, 2L, 3L, 4L, 5L, 6L));
        assertThat(month.getRuleSetVersion()).isNull();

        month.evaluatedBy(41L, 3);

        assertThat(month.getMonthEvaluationId()).isEqualTo(41L);
        assertThat(month.getRuleSetVersion()).isEqualTo(3);
        assertThatThrownBy(() -> month.evaluatedBy(42L, 4)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fiveApprovalsAreNotEnoughEvenWhenOneIsRepeated() {
        assertThatThrownBy(() -> approve(GROUP_OF_SEVEN, List.of(1L, 2L, 3L, 4L, 5L, 5L)))
                .isInstanceOf(NotEnoughApprovals.class).hasMessageContaining("只有 5 名");
    }

    @Test
    void aGroupOfFiveCannotFinaliseAtAll() {
        assertThatThrownBy(() -> approve(Set.of(1L, 2L, 3L, 4L, 5L), List.of(1L, 2L, 3L, 4L, 5L)))
                .isInstanceOf(GroupTooSmall.class);
    }

    @Test
    void approvalsFromOutsideTheGroupAreNamed() {
        assertThatThrownBy(() -> approve(GROUP_OF_SEVEN, List.of(1L, 2L, 3L, 4L, 5L, 42L, 43L)))
                .isInstanceOfSatisfying(UnknownApprovers.class,
                        refused -> assertThat(refused.properties()).containsEntry("unknown", List.of(42L, 43L)));
    }

    private static FinalisedMonth approve(Set<Long> group, List<Long> approvals) {
        return FinalisedMonth.approve(1, JULY, group, approvals, "staff-1", Instant.parse("2024-08-05T02:00:00Z"));
    }
}
