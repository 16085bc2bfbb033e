package org.jifen.demo;

import java.util.List;

/**
 * The events a demo household of a village can have in a month, by what they mean for its points: the everyday
 * positive items, deductions, bonus items (rare) and veto items (one or two in the whole township).
 */
record EventMenu(List<EventKind> everyday, List<EventKind> deductions, List<EventKind> bonuses,
        List<EventKind> vetoes) {
}
