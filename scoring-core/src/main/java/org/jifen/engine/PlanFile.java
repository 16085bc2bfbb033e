package org.jifen.engine;

import java.nio.charset.StandardCharsets;
import org.jifen.integrity.Sha256;

/** One file of a village plan, as uploaded: its original name and its bytes. */
public record PlanFile(String name, byte[] content) {

    public static PlanFile of(String name, String text) {
        return new PlanFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The content as text; a byte-order mark (which Windows Notepad adds) is not part of it, and a line ended by a
     * carriage return alone (old Mac editors) ends there as in the editor: read as one line, a DRL file so written
     * was refused with 63 problems blaming Chinese punctuation (attack tryout 9, F6).
     */
    public String text() {
        String text = new String(content, StandardCharsets.UTF_8);
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return text.indexOf('\r') < 0 ? text : LONE_CARRIAGE_RETURN.matcher(text).replaceAll("\n");
    }

    private static final java.util.regex.Pattern LONE_CARRIAGE_RETURN = java.util.regex.Pattern.compile("\r(?!\n)");

    public String sha256() {
        return Sha256.hex(content);
    }
}
