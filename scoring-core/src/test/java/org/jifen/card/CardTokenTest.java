package org.jifen.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CardTokenTest {

    @Test
    void aTokenIs192RandomBitsWrittenUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            CardToken token = CardToken.random();
            assertThat(token.value()).matches("[A-Za-z0-9_-]{32}");
            assertThat(CardToken.wellFormed(token.value())).isTrue();
            seen.add(token.value());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void onlyItsHashIsKeptAndItsTextNeverPrintsByAccident() {
        CardToken token = CardToken.random();

        assertThat(token.sha256()).matches("[0-9a-f]{64}").isEqualTo(new CardToken(token.value()).sha256());
        assertThat(token.toString()).doesNotContain(token.value());
    }

    @Test
    void anythingElseIsNotAToken() {
        assertThat(CardToken.wellFormed("")).isFalse();
        assertThat(CardToken.wellFormed("short")).isFalse();
        assertThat(CardToken.wellFormed("a".repeat(31) + "/")).isFalse();
        assertThat(CardToken.wellFormed("a".repeat(33))).isFalse();
        assertThat(CardToken.wellFormed("a".repeat(31) + "%")).isFalse();
    }
}
