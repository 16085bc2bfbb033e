package org.jifen.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A number too large is said to be too large with its limit, never "not a whole number" (eighth outside attack). */
class WholeNumberTest {

    @Test
    void aWholeNumberWithinItsBoundsIsRead() {
        assertThat(WholeNumber.read(" 42 ", 1, 100)).isEqualTo(new WholeNumber(42L, null));
        assertThat(WholeNumber.read("-2147483648", Integer.class)).isEqualTo(new WholeNumber(-2147483648L, null));
        assertThat(WholeNumber.read("+007", int.class).value()).isEqualTo(7L);
    }

    @Test
    void aWholeNumberBeyondItsBoundsIsTooLargeOrTooSmallWithTheLimit() {
        assertThat(WholeNumber.read("99999999999999999999", Integer.class).outOfRange()).isEqualTo("太大了：最大是 2147483647");
        assertThat(WholeNumber.read("2147483648", int.class).outOfRange()).isEqualTo("太大了：最大是 2147483647");
        assertThat(WholeNumber.read("9".repeat(5000), Long.class).outOfRange())
                .isEqualTo("太大了：最大是 9223372036854775807");
        assertThat(WholeNumber.read("-" + "0".repeat(40) + "5", 1, 10000).outOfRange()).isEqualTo("太小了：最小是 1");
        assertThat(WholeNumber.read("0000000000000000000000000000003", 1, 10000).value()).isEqualTo(3L);
    }

    @Test
    void whatIsNoWholeNumberIsNeither() {
        for (String written : new String[] {"1.5", "三", "", "1e3", "--1", " "}) {
            assertThat(WholeNumber.read(written, 0, 10).isWhole()).as(written).isFalse();
        }
        assertThat(WholeNumber.read((String) null, 0, 10).isWhole()).isFalse();
        assertThat(WholeNumber.read("5", String.class)).isNull();
    }
}
