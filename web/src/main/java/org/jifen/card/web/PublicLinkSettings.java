package org.jifen.card.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicBaseUrl the address printed in households' QR codes, as villagers' phones reach the service, e.g.
 *     {@code https://jifen.example.gov.cn} ({@code JIFEN_PUBLIC_BASE_URL}); empty: the address the card was
 *     requested at
 */
@ConfigurationProperties("jifen")
record PublicLinkSettings(@DefaultValue("") String publicBaseUrl) {
}
