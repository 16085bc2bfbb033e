package org.jifen.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A list of values for {@code in (…)} takes one of a few fixed forms, so that Hibernate translates each form once:
 * padded to a power of two (at least two) with the last value, in parts of at most 128, every value asked and none
 * invented.
 */
class InListTest {

    @Test
    void aListIsPaddedToThePowerOfTwoAtOrAboveItsSizeWithItsLastValueAndOneValueIsWrittenTwice() {
        assertThat(InList.of(List.of(7L))).containsExactly(new InList<>(List.of(7L, 7L)));
        assertThat(InList.of(List.of(1L, 2L))).containsExactly(new InList<>(List.of(1L, 2L)));
        assertThat(InList.of(List.of(1L, 2L, 3L))).containsExactly(new InList<>(List.of(1L, 2L, 3L, 3L)));
        assertThat(InList.of(List.of("a", "b", "c", "d", "e")).get(0).values())
                .containsExactly("a", "b", "c", "d", "e", "e", "e", "e");
        assertThat(InList.of(List.of())).isEmpty();
    }

    @Test
    void everySizeUpToABatchAndBeyondTakesOneOfSevenFormsAndLosesNoValue() {
        Set<Integer> forms = new LinkedHashSet<>();
        for (int size = 1; size <= 300; size++) {
            List<Integer> values = IntStream.rangeClosed(1, size).boxed().toList();
            List<InList<Integer>> parts = InList.of(values);
            List<Integer> asked = new ArrayList<>();
            for (InList<Integer> part : parts) {
                forms.add(part.values().size());
                assertThat(part.values().size()).isLessThanOrEqualTo(InList.MOST);
                part.values().stream().filter(value -> !asked.contains(value)).forEach(asked::add);
            }
            assertThat(asked).as("size " + size).isEqualTo(values);
        }
        assertThat(forms).containsExactlyInAnyOrder(2, 4, 8, 16, 32, 64, 128);
    }

    @Test
    void theParametersAreNamedOneForEachValue() {
        InList<Long> part = InList.of(List.of(5L, 6L, 7L)).get(0);

        assertThat(part.parameters()).isEqualTo(":in0, :in1, :in2, :in3");
    }

    @Test
    void readingAsksEveryPartAndAnswersAllItRead() {
        List<Integer> values = IntStream.rangeClosed(1, 200).boxed().toList();
        List<Integer> partSizes = new ArrayList<>();

        List<String> read = InList.read(values, part -> {
            partSizes.add(part.values().size());
            return part.values().stream().distinct().map(value -> "#" + value).toList();
        });

        assertThat(partSizes).containsExactly(128, 128);
        assertThat(read).hasSize(200).startsWith("#1").endsWith("#200");
    }
}
