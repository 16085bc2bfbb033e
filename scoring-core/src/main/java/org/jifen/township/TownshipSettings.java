package org.jifen.township;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The township's settings.
 *
 * @param planYear the year of the township's plan, whose milestones the overview follows (华新镇 2024)
 */
@ConfigurationProperties("jifen.township")
public record TownshipSettings(@DefaultValue("2024") int planYear) {
}
