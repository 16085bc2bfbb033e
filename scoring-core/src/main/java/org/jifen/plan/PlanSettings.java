package org.jifen.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on what one plan may do.
 *
 * @param fireLimit the most rule firings one event (or one household's month) may cause; more means a loop
 */
@ConfigurationProperties("jifen.plans")
public record PlanSettings(@DefaultValue("1000") int fireLimit) {
}
