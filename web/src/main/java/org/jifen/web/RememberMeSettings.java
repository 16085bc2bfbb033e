package org.jifen.web;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * How long 「在这台设备上保持登录」 keeps a browser signed in to the pages (docs/adr/0061).
 *
 * @param days the life of a remember-me token (plain numbers are days); signing out revokes it sooner
 */
@ConfigurationProperties("jifen.remember-me")
record RememberMeSettings(@DefaultValue("14") @DurationUnit(ChronoUnit.DAYS) Duration days) {
}
