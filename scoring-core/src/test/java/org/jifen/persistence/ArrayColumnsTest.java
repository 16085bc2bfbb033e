package org.jifen.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.persistence.ArrayColumns.Type.BIGINT;
import static org.jifen.persistence.ArrayColumns.Type.DATE;
import static org.jifen.persistence.ArrayColumns.Type.TEXT;
import static org.jifen.persistence.ArrayColumns.column;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * One description of a table's columns writes both ways of inserting its rows, in the same order: a row's parameters
 * for a JDBC batch, and one array a column for PostgreSQL's {@code unnest}. (Binding them runs against H2 and
 * PostgreSQL in the full-application tests.)
 */
class ArrayColumnsTest {

    record Visit(long household, String note, LocalDate on) {
    }

    private static final ArrayColumns<Visit> VISITS = ArrayColumns.of(
            column("household_id", BIGINT, Visit::household),
            column("note", TEXT, Visit::note),
            column("occurred_on", DATE, Visit::on));

    @Test
    void bothInsertsNameTheColumnsInTheSameOrder() {
        assertThat(VISITS.insertOne("visit"))
                .isEqualTo("insert into visit (household_id, note, occurred_on) values (?, ?, ?)");
        assertThat(VISITS.insertAll("visit")).isEqualTo("insert into visit (household_id, note, occurred_on) "
                + "select * from unnest(cast(? as bigint array), cast(? as varchar array), cast(? as date array))");
    }
}
