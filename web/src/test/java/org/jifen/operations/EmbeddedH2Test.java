package org.jifen.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The watchdog runs only where H2 keeps the database in files of this process. */
class EmbeddedH2Test {

    @Test
    void filesOfThisProcessAreEmbedded() {
        assertThat(EmbeddedH2.isEmbeddedFile("jdbc:h2:file:./data/jifen;MODE=PostgreSQL;WRITE_DELAY=0")).isTrue();
        assertThat(EmbeddedH2.isEmbeddedFile("jdbc:h2:./data/jifen")).isTrue();
        assertThat(EmbeddedH2.isEmbeddedFile("JDBC:H2:FILE:/var/lib/jifen/data/jifen")).isTrue();
    }

    @Test
    void memoryServersAndOtherDatabasesAreNot() {
        assertThat(EmbeddedH2.isEmbeddedFile("jdbc:h2:mem:jifen;DB_CLOSE_DELAY=-1")).isFalse();
        assertThat(EmbeddedH2.isEmbeddedFile("jdbc:h2:tcp://db:9092/jifen")).isFalse();
        assertThat(EmbeddedH2.isEmbeddedFile("jdbc:h2:ssl://db:9092/jifen")).isFalse();
        assertThat(EmbeddedH2.isEmbeddedFile("jdbc:postgresql://localhost:5432/jifen")).isFalse();
        assertThat(EmbeddedH2.isEmbeddedFile("")).isFalse();
    }
}
