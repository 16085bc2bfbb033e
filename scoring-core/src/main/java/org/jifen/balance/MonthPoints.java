package org.jifen.balance;

import java.util.List;

/**
 * What became of a finalised month's points, for the trace of an award of that month: the month's total, spendable
 * since its finalisation until its expiry day (if any), how much was spent, expired and is left, and the expiries
 * that took points on that day (due ones included, without an id).
 */
public record MonthPoints(Balance.Month month, List<Balance.Entry> expiries) {
}
