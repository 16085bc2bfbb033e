package org.jifen.engine;

import java.nio.charset.StandardCharsets;

/** One file of a village plan, as uploaded: its original name and its bytes. */
public record PlanFile(String name, byte[] content) {

    public static PlanFile of(String name, String text) {
        return new PlanFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public String sha256() {
        return Sha256.hex(content);
    }
}
