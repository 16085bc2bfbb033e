package org.jifen.access.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminPassword the password of the first township admin, {@code admin}, created while there are no users
 *     ({@code JIFEN_ADMIN_PASSWORD}); empty: a generated one, written once to the log
 */
@ConfigurationProperties("jifen")
record FirstAdminSettings(@DefaultValue("") String adminPassword) {
}
