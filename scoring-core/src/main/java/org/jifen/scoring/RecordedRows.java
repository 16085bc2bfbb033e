package org.jifen.scoring;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.jifen.integrity.ChainPlace;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes what recording appends, the event rows and their ledger entries, as plain JDBC batches in the caller's
 * transaction (ADR 0229): the rows are only ever inserted, so Hibernate's persist, its snapshots and the dirty checks
 * of every flush buy nothing for them. Ids come from the same pooled sequences Hibernate's generators hand out, so
 * both ways of writing share the blocks. Rows wait in the transaction until {@link #write} (at the end of a group or
 * batch, or before a read that must see them) and, at the latest, until the commit; each table is one JDBC batch.
 */
@Component
class RecordedRows {

    private static final String EVENT = """
            insert into behaviour_event (id, village_id, event_id, household_id, type, occurred_on, score_month,
                quantity, attributes, note, rule_set_id, rule_set_version, fingerprint, recorded_by, recorded_at,
                answered)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String AWARD = """
            insert into award (id, village_id, household_id, score_month, source, event_row_id, event_id, rule_set_id,
                rule_set_version, rule_set_sha256, rule, category, kind, points, created_at, reverses_award_id, reason,
                recorded_by, decided_by, chain_seq, chain_hash, chain_format, cap_key)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    RecordedRows(DataSource dataSource, EntityManager entityManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.entityManager = entityManager;
    }

    /** Gives the event its id and keeps its row to be written. */
    BehaviourEvent event(BehaviourEvent event) {
        Pending pending = pending();
        event.assigned(nextId(BehaviourEvent.class, event));
        pending.events.add(event);
        return event;
    }

    /** Gives the ledger entry, already linked, its id and keeps its row to be written after its event's. */
    Award award(Award award) {
        Pending pending = pending();
        award.assigned(nextId(Award.class, award));
        pending.awards.add(award);
        return award;
    }

    /** Writes the rows kept so far: one JDBC batch of events, then one of entries. Nothing kept, nothing sent. */
    void write() {
        TransactionScoped.bound(entityManager, Pending.class).ifPresent(Pending::write);
    }

    private long nextId(Class<?> entity, Object row) {
        SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
        var generator = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(entity).getGenerator();
        return ((Number) generator.generate(session, row, null, EventType.INSERT)).longValue();
    }

    private Pending pending() {
        return TransactionScoped.of(entityManager, Pending.class, Pending::new);
    }

    private final class Pending extends TransactionScoped {

        private final List<BehaviourEvent> events = new ArrayList<>();
        private final List<Award> awards = new ArrayList<>();

        Pending(Object key) {
            super(key);
        }

        void write() {
            if (!events.isEmpty()) {
                jdbc.batchUpdate(EVENT, events, events.size(), RecordedRows::bindEvent);
                events.clear();
            }
            if (!awards.isEmpty()) {
                jdbc.batchUpdate(AWARD, awards, awards.size(), RecordedRows::bindAward);
                awards.clear();
            }
        }

        /** Whatever a caller left unwritten goes with the commit. */
        @Override
        public void beforeCommit(boolean readOnly) {
            write();
        }

    }

    private static void bindEvent(PreparedStatement row, BehaviourEvent event) throws SQLException {
        row.setLong(1, event.id());
        row.setLong(2, event.getVillageId());
        row.setString(3, event.getEventId());
        row.setLong(4, event.getHouseholdId());
        row.setString(5, event.getType());
        row.setObject(6, event.getOccurredOn());
        row.setString(7, event.getMonth().toString());
        row.setInt(8, event.getQuantity());
        row.setString(9, event.getAttributes());
        text(row, 10, event.getNote());
        row.setLong(11, event.getRuleSetId());
        row.setInt(12, event.getRuleSetVersion());
        row.setString(13, event.getFingerprint());
        row.setString(14, event.getRecordedBy());
        row.setObject(15, utc(event.getRecordedAt()));
        text(row, 16, event.getAnswered());
    }

    private static void bindAward(PreparedStatement row, Award award) throws SQLException {
        row.setLong(1, award.id());
        row.setLong(2, award.getVillageId());
        row.setLong(3, award.getHouseholdId());
        row.setString(4, award.getMonth().toString());
        row.setString(5, award.getSource().name());
        number(row, 6, award.getEventRowId());
        text(row, 7, award.getEventId());
        row.setLong(8, award.getRuleSetId());
        row.setInt(9, award.getRuleSetVersion());
        row.setString(10, award.getRuleSetSha256());
        row.setString(11, award.getRule());
        row.setString(12, award.getCategory());
        row.setString(13, award.getKind().name());
        row.setInt(14, award.getPoints());
        row.setObject(15, utc(award.getCreatedAt()));
        number(row, 16, award.getReversesAwardId());
        text(row, 17, award.getReason());
        text(row, 18, award.getRecordedBy());
        text(row, 19, award.getDecidedBy());
        ChainPlace place = award.place();
        number(row, 20, place.seq());
        text(row, 21, place.hash());
        row.setInt(22, place.format());
        text(row, 23, award.getCapKey());
    }

    /** Instants as the columns hold them, {@code timestamp with time zone}, on H2 and PostgreSQL alike. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void text(PreparedStatement row, int at, @Nullable String value) throws SQLException {
        if (value == null) {
            row.setNull(at, Types.VARCHAR);
        } else {
            row.setString(at, value);
        }
    }

    private static void number(PreparedStatement row, int at, @Nullable Long value) throws SQLException {
        if (value == null) {
            row.setNull(at, Types.BIGINT);
        } else {
            row.setLong(at, value);
        }
    }
}
