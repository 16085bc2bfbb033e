package org.jifen.plan;

/** Where a plan version stands: compiled and kept ({@code READY}), scoring new events, or replaced. */
public enum RuleSetStatus { READY, ACTIVE, RETIRED }
