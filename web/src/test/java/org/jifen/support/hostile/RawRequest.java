package org.jifen.support.hostile;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** A request as bytes, with a short description of what is wrong with it for the report. */
public record RawRequest(String method, String path, @Nullable String contentType, byte[] body, String what) {

    public static RawRequest json(String method, String path, String body, String what) {
        return new RawRequest(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), what);
    }
}
