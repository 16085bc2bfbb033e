package org.jifen.scoring;

import static org.jifen.persistence.ArrayColumns.column;
import static org.jifen.persistence.ArrayColumns.Type.BIGINT;
import static org.jifen.persistence.ArrayColumns.Type.DATE;
import static org.jifen.persistence.ArrayColumns.Type.INTEGER;
import static org.jifen.persistence.ArrayColumns.Type.TEXT;
import static org.jifen.persistence.ArrayColumns.Type.TIMESTAMPTZ;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.jifen.persistence.ArrayColumns;
import org.jifen.persistence.DatabaseProduct;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes what recording appends, the event rows and their ledger entries, as plain JDBC in the caller's transaction
 * (ADR 0229): the rows are only ever inserted, so Hibernate's persist, its snapshots and the dirty checks of every
 * flush buy nothing for them. Ids come from the same pooled sequences Hibernate's generators hand out, so both ways
 * of writing share the blocks. Rows wait in the transaction until {@link #write} (at the end of a group or batch, or
 * before a read that must see them) and, at the latest, until the commit. PostgreSQL then gets one statement for the
 * events and their entries together, a column an array (ADR 0265); H2, in the service's own process, a JDBC batch a
 * table.
 */
@Component
class RecordedRows {

    private static final ArrayColumns<BehaviourEvent> EVENT_COLUMNS = ArrayColumns.of(
            column("id", BIGINT, BehaviourEvent::id),
            column("village_id", BIGINT, BehaviourEvent::getVillageId),
            column("event_id", TEXT, BehaviourEvent::getEventId),
            column("household_id", BIGINT, BehaviourEvent::getHouseholdId),
            column("type", TEXT, BehaviourEvent::getType),
            column("occurred_on", DATE, BehaviourEvent::getOccurredOn),
            column("score_month", TEXT, event -> event.getMonth().toString()),
            column("quantity", INTEGER, BehaviourEvent::getQuantity),
            column("attributes", TEXT, BehaviourEvent::getAttributes),
            column("note", TEXT, BehaviourEvent::getNote),
            column("rule_set_id", BIGINT, BehaviourEvent::getRuleSetId),
            column("rule_set_version", INTEGER, BehaviourEvent::getRuleSetVersion),
            column("fingerprint", TEXT, BehaviourEvent::getFingerprint),
            column("recorded_by", TEXT, BehaviourEvent::getRecordedBy),
            column("recorded_at", TIMESTAMPTZ, event -> utc(event.getRecordedAt())),
            column("answered", TEXT, BehaviourEvent::getAnswered));
    private static final ArrayColumns<Award> AWARD_COLUMNS = ArrayColumns.of(
            column("id", BIGINT, Award::id),
            column("village_id", BIGINT, Award::getVillageId),
            column("household_id", BIGINT, Award::getHouseholdId),
            column("score_month", TEXT, award -> award.getMonth().toString()),
            column("source", TEXT, award -> award.getSource().name()),
            column("event_row_id", BIGINT, Award::getEventRowId),
            column("event_id", TEXT, Award::getEventId),
            column("rule_set_id", BIGINT, Award::getRuleSetId),
            column("rule_set_version", INTEGER, Award::getRuleSetVersion),
            column("rule_set_sha256", TEXT, Award::getRuleSetSha256),
            column("rule", TEXT, Award::getRule),
            column("category", TEXT, Award::getCategory),
            column("kind", TEXT, award -> award.getKind().name()),
            column("points", INTEGER, Award::getPoints),
            column("created_at", TIMESTAMPTZ, award -> utc(award.getCreatedAt())),
            column("reverses_award_id", BIGINT, Award::getReversesAwardId),
            column("reason", TEXT, Award::getReason),
            column("recorded_by", TEXT, Award::getRecordedBy),
            column("decided_by", TEXT, Award::getDecidedBy),
            column("chain_seq", BIGINT, award -> award.place().seq()),
            column("chain_hash", TEXT, award -> award.place().hash()),
            column("chain_format", INTEGER, award -> award.place().format()),
            column("cap_key", TEXT, Award::getCapKey));

    private static final String EVENT = EVENT_COLUMNS.insertOne("behaviour_event");
    private static final String AWARD = AWARD_COLUMNS.insertOne("award");
    private static final String EVENTS = EVENT_COLUMNS.insertAll("behaviour_event");
    private static final String AWARDS = AWARD_COLUMNS.insertAll("award");
    /**
     * Both tables in one statement: the events' insert runs as a query of the entries' (a data-modifying {@code with}),
     * and the entries' foreign keys to their events are checked at the statement's end, when both are in.
     */
    private static final String EVENTS_AND_AWARDS = "with events as (" + EVENTS + ")\n" + AWARDS;

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final DatabaseProduct database;

    RecordedRows(DataSource dataSource, EntityManager entityManager, DatabaseProduct database) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.entityManager = entityManager;
        this.database = database;
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

    /** Writes the rows kept so far: one statement in PostgreSQL, a JDBC batch a table in H2. Nothing kept, nothing sent. */
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

    /** Instants as the columns hold them, {@code timestamp with time zone}, on H2 and PostgreSQL alike. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private final class Pending extends TransactionScoped {

        private final List<BehaviourEvent> events = new ArrayList<>();
        private final List<Award> awards = new ArrayList<>();

        Pending(Object key) {
            super(key);
        }

        void write() {
            if (database.postgres()) {
                writeAll();
            } else {
                writeBatches();
            }
        }

        private void writeAll() {
            if (events.isEmpty() && awards.isEmpty()) {
                return;
            }
            String sql = events.isEmpty() ? AWARDS : awards.isEmpty() ? EVENTS : EVENTS_AND_AWARDS;
            jdbc.update(sql, statement -> {
                int next = events.isEmpty() ? 1 : EVENT_COLUMNS.bind(statement, 1, events);
                if (!awards.isEmpty()) {
                    AWARD_COLUMNS.bind(statement, next, awards);
                }
            });
            events.clear();
            awards.clear();
        }

        /** Each table's rows are forgotten once their batch is in, so that nothing is ever inserted twice. */
        private void writeBatches() {
            if (!events.isEmpty()) {
                jdbc.batchUpdate(EVENT, events, events.size(), EVENT_COLUMNS::bindOne);
                events.clear();
            }
            if (!awards.isEmpty()) {
                jdbc.batchUpdate(AWARD, awards, awards.size(), AWARD_COLUMNS::bindOne);
                awards.clear();
            }
        }

        /** Whatever a caller left unwritten goes with the commit. */
        @Override
        public void beforeCommit(boolean readOnly) {
            write();
        }

    }
}
