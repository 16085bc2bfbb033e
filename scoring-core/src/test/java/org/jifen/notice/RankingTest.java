package org.jifen.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jifen.notice.Ranking.Ranked;
import org.junit.jupiter.api.Test;

class RankingTest {

    record Household(String name, int total) {
    }

    @Test
    void equalTotalsShareARankAndTheNextRankSkips() {
        List<Ranked<Household>> ranked = Ranking.of(List.of(new Household("张", 80), new Household("王", 95),
                new Household("李", 95), new Household("赵", 60), new Household("孙", 80)), Household::total);

        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 1, 3, 3, 5);
        assertThat(ranked).extracting(r -> r.item().name()).containsExactly("王", "李", "张", "孙", "赵");
    }

    @Test
    void everyoneTiedIsFirst() {
        assertThat(Ranking.of(List.of(new Household("张", 0), new Household("王", 0)), Household::total))
                .extracting(Ranked::rank).containsExactly(1, 1);
    }

    @Test
    void nobodyToRankIsNoRanking() {
        assertThat(Ranking.of(List.<Household>of(), Household::total)).isEmpty();
    }
}
