package org.jifen.web;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /actuator/configprops} shows the settings in force to the township admin (ADR 0084); whatever looks like a
 * credential (a password, a secret, a key, a URI with a password) stays masked even then.
 */
@Configuration
class SettingsInForce {

    @Bean
    SanitizingFunction secretsMasked() {
        return SanitizingFunction.sanitizeValue().ifLikelySensitive();
    }
}
