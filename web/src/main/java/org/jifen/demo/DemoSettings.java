package org.jifen.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demo load the demo township on a start with no villages ({@code JIFEN_DEMO}); see ADR 0020
 */
@ConfigurationProperties("jifen")
record DemoSettings(boolean demo) {
}
