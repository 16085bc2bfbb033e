package org.jifen.objection;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param noticeDays how many days a published quarter's notice takes objections, the day of publication included
 *     (ADR 0028)
 */
@ConfigurationProperties("jifen.objections")
@Validated
public record ObjectionSettings(@DefaultValue("7") @Min(1) int noticeDays) {
}
