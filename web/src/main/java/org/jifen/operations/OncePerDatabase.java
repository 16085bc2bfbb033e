package org.jifen.operations;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that one node of several on one database does for all of them, such as loading the demo township on a first
 * start (ADR 0190). The claim is a row committed on its own before the work starts, so a node that starts at the same
 * moment finds it taken, whatever its memory says.
 */
@Component
public class OncePerDatabase {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    OncePerDatabase(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** True for the one caller, on any node, that claims {@code what} first; false for every caller after it. */
    public boolean claim(String what) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into start_up_claim (what, claimed_at) values (?, ?)", what,
                    Timestamp.from(clock.instant())));
            return true;
        } catch (DataIntegrityViolationException claimedBefore) {
            return false;
        }
    }
}
