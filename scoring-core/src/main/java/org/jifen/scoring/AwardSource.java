package org.jifen.scoring;

/**
 * What made an entry: a recorded event, the month-end evaluation of a household's month, a review that rejected an
 * entry of an open month, or a correction (冲正) in the open month of an entry of a finalised month.
 */
public enum AwardSource { EVENT, MONTH_END, REVIEW, CORRECTION }
