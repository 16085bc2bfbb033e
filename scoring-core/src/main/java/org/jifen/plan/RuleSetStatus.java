package org.jifen.plan;

/**
 * Where a plan version stands today, from the village's {@link PlanSchedule}: governing no month ({@code READY}),
 * governing this month ({@code ACTIVE}), governing only months to come ({@code SCHEDULED}), or only months gone by
 * ({@code RETIRED}).
 */
public enum RuleSetStatus { READY, ACTIVE, SCHEDULED, RETIRED }
