package org.jifen.objection;

/** How an objection reached the village: the household on its own page, or staff recording it on its behalf. */
public enum RaisedVia { HOUSEHOLD_PAGE, STAFF }
