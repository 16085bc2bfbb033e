package org.jifen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jifen.problem.MalformedRequest;
import org.junit.jupiter.api.Test;

/** A page's whole-number field says a number too large is too large (eighth outside attack), not that it is none. */
class FormFieldsTest {

    @Test
    void aWholeNumberWithinItsBoundsIsRead() {
        FormFields form = new FormFields();

        assertThat(form.whole("stock", " 12 ", "库存", 0, 100_000, true)).isEqualTo(12);
        form.check();
    }

    @Test
    void aNumberTooLargeIsToldItsLimitAndTextIsToldItIsNoWholeNumber() {
        FormFields form = new FormFields();
        form.whole("stock", "99999999999999999999", "库存", 0, 100_000, true);
        form.whole("points", "三", "分值", 1, 1000, true);

        assertThatThrownBy(form::check).isInstanceOfSatisfying(MalformedRequest.class, refused -> {
            assertThat(FormFields.byField(refused).get("stock")).isEqualTo(
                    "库存须是 0 到 100000 之间的整数，现填「99999999999999999999」，太大了：最大是 100000");
            assertThat(FormFields.byField(refused).get("points")).isEqualTo("分值须是 1 到 1000 之间的整数，现填「三」");
        });
    }
}
