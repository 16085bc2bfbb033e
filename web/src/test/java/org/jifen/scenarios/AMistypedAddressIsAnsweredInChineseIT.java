package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Addresses as scripts and careless HTTP libraries send them (found from outside: some answered 500, others
 * Tomcat's English HTML page): a "%" not followed by two hex digits in a query or a path, raw unencoded Chinese in a
 * query. Each is a 400 problem in Chinese that says how to write the address. Sent over a bare socket, because a
 * proper HTTP client refuses to send such addresses at all.
 */
@AppTest
class AMistypedAddressIsAnsweredInChineseIT {

    @Autowired
    Township township;

    @Test
    void aBrokenEscapeOrRawChineseInAnAddressGetsAChineseProblemNotAnErrorPage() throws IOException {
        String village = township.aVillage();
        String[] targets = {
            "/api/villages/" + village + "/books?period=%ZZ",
            "/api/township/overview?month=%E4",
            "/api/villages/" + village + "/redemptions/%ZZ",
            "/api/villages/" + village + "/households?group=一组",
        };
        for (String target : targets) {
            String answer = rawGet(target);

            assertThat(answer).as(target).startsWith("HTTP/1.1 400");
            assertThat(answer).as(target).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(answer).as(target).contains("/malformed-request").contains("UTF-8 编码")
                    .doesNotContain("<html").doesNotContain("Bad Request</");
        }
    }

    @Test
    void anIdIsReadInDecimalOnlySoThatAMistypedOneNamesNoOtherRecord() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        String path = "/api/villages/" + village + "/households/";

        Api.Reply decimal = township.api().get(path + household);
        Api.Reply hex = township.api().get(path + "0x" + Long.toHexString(household));

        assertThat(decimal.status()).isEqualTo(200);
        assertThat(hex.status()).as("0x… is not read as hexadecimal: " + hex).isEqualTo(400);
        assertThat(hex.text("/type")).endsWith("/malformed-request");
    }

    private String rawGet(String target) throws IOException {
        URI base = URI.create(township.api().base());
        String login = Base64.getEncoder().encodeToString(("admin:" + Township.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Basic " + login
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
