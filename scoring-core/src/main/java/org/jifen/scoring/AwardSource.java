package org.jifen.scoring;

/**
 * What made an entry: a recorded event, the month-end evaluation of a household's month, a review that rejected an
 * entry of an open month, a correction (冲正) in the open month of an entry of a finalised month, or the re-scoring of
 * an open month by the plan version that now governs it, which takes back the entries of the version before
 * (ADR 0056).
 */
public enum AwardSource { EVENT, MONTH_END, REVIEW, CORRECTION, RESCORE }
