package org.jifen.scoring;

/** What made a rule fire: a recorded event, or the month-end evaluation of a household's month. */
public enum AwardSource { EVENT, MONTH_END }
