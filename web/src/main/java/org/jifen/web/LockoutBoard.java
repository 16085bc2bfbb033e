package org.jifen.web;

import java.util.Map;

/**
 * Where one node tells the others whom it locked out (ADR 0160): a username or address locked out anywhere is
 * refused everywhere, and a repeat offender's lock-outs keep growing whichever node it tries next.
 */
interface LockoutBoard {

    /** A lock-out as posted: its wall-clock end and how many lock-outs the key has had. */
    record Posted(long untilMillis, int lockouts) {
    }

    /** The lock-outs posted recently enough to matter, by key; may be a few seconds old. */
    Map<String, Posted> recent();

    void post(String key, Posted lockout);

    /** A good login clears its username's record, as it does in the node's own memory. */
    void forget(String key);

    /** For a single node, or a test of the arithmetic alone: nothing is shared. */
    LockoutBoard NONE = new LockoutBoard() {
        @Override
        public Map<String, Posted> recent() {
            return Map.of();
        }

        @Override
        public void post(String key, Posted lockout) {
        }

        @Override
        public void forget(String key) {
        }
    };
}
