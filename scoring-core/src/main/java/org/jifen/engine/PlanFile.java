package org.jifen.engine;

import java.nio.charset.StandardCharsets;
import org.jifen.integrity.Sha256;

/** One file of a village plan, as uploaded: its original name and its bytes. */
public record PlanFile(String name, byte[] content) {

    public static PlanFile of(String name, String text) {
        return new PlanFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The content as text; a byte-order mark (which Windows Notepad adds) is not part of it. */
    public String text() {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public String sha256() {
        return Sha256.hex(content);
    }
}
