package org.jifen.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tryout clerk 5, L4: the phone listed 一组, 三组, 二组; groups come in the order people count them. */
class GroupOrderTest {

    @Test
    void chineseAndArabicNumberedGroupsComeInTheirNumbersOrder() {
        List<String> groups = List.of("三组", "十二组", "二组", "新村组", "一组", "十组", "第11组", "2组");

        assertThat(groups.stream().sorted(GroupOrder.GROUPS).toList())
                .containsExactly("一组", "2组", "二组", "三组", "十组", "第11组", "十二组", "新村组");
    }

    @Test
    void aGroupsNumberIsReadAsItIsSaid() {
        assertThat(GroupOrder.number("一组")).isEqualTo(1);
        assertThat(GroupOrder.number("十组")).isEqualTo(10);
        assertThat(GroupOrder.number("十五组")).isEqualTo(15);
        assertThat(GroupOrder.number("二十组")).isEqualTo(20);
        assertThat(GroupOrder.number("二十三组")).isEqualTo(23);
        assertThat(GroupOrder.number("一百零五组")).isEqualTo(105);
        assertThat(GroupOrder.number("东风组")).isEqualTo(Long.MAX_VALUE);
    }
}
