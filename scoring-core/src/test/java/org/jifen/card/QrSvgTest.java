package org.jifen.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrSvgTest {

    @Test
    void theCodeReadsBackAsTheLinkItEncodes() {
        String link = "https://jifen.example.gov.cn/h/" + CardToken.random().value();

        String svg = QrSvg.of(link, "5cm");

        assertThat(QrCodes.decode(svg)).isEqualTo(link);
    }

    @Test
    void everyCardsCodeReadsBackWhateverItsToken() {
        // One in a few hundred codes was once unreadable by the test's reader: a card's token is random, so try many.
        for (int i = 0; i < 500; i++) {
            String link = "http://localhost:" + (30000 + i * 61) + "/h/" + CardToken.random().value();

            assertThat(QrCodes.decode(QrSvg.of(link, "5cm"))).isEqualTo(link);
        }
    }

    @Test
    void theCodeIsSelfContainedSvg() {
        String svg = QrSvg.of("http://localhost:8080/h/abc", "5cm");

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .contains("width=\"5cm\"").doesNotContain("href").doesNotContain("<script");
    }

    @Test
    void differentLinksGiveDifferentCodes() {
        assertThat(QrSvg.of("http://x/h/" + CardToken.random().value(), "1cm"))
                .isNotEqualTo(QrSvg.of("http://x/h/" + CardToken.random().value(), "1cm"));
    }
}
