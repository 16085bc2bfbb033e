package org.jifen.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.jifen.engine.PlanFile;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published HTTP API as a client sees it: real requests to the running service, JSON in and out. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final @Nullable String authorization;
    private final @Nullable String forwardedFor;

    Api(String base, @Nullable String username, @Nullable String password) {
        this.base = base;
        this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.forwardedFor = null;
    }

    private Api(Api client, @Nullable String authorization, @Nullable String forwardedFor) {
        this(client.base, authorization, forwardedFor, true);
    }

    private Api(String base, @Nullable String authorization, @Nullable String forwardedFor, boolean asIs) {
        this.base = base;
        this.authorization = authorization;
        this.forwardedFor = forwardedFor;
    }

    /** A client of a running service, signed in as this user. */
    public static Api signedIn(String base, String username, String password) {
        return new Api(base, username, password);
    }

    /** The same client, signed in the same way, against another running service (a second node). */
    public Api at(String otherBase) {
        return new Api(otherBase, authorization, forwardedFor, true);
    }

    public Api as(String username, String password) {
        return new Api(base, username, password).from(forwardedFor);
    }

    public Api anonymous() {
        return new Api(this, null, forwardedFor);
    }

    /** The same client as if behind a proxy that names it by this address ({@code X-Forwarded-For}). */
    /** Where this client sends its requests, e.g. {@code http://localhost:8080}. */
    public String base() {
        return base;
    }

    public Api from(@Nullable String address) {
        return new Api(this, authorization, address);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    /** The raw bytes of a download. */
    public byte[] download(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    public Reply post(String path, Object body) {
        return postRaw(path, body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    public Reply postRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply patch(String path, Object body) {
        return send(path, "PATCH", JSON.writeValueAsString(body));
    }

    /** Any method with a JSON body. */
    public Reply send(String path, String method, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request of any method without a body. */
    public Reply call(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    public Reply post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A multipart upload, one part named {@code files} per file, with the original file name kept. */
    public Reply upload(String path, PlanFile... files) {
        return upload(path, "files", files);
    }

    /** A multipart upload, one part named {@code part} per file, with the original file name kept. */
    public Reply upload(String path, String part, PlanFile... files) {
        return multipart(path, java.util.Arrays.stream(files)
                .map(file -> Part.file(part, file.name(), "application/octet-stream", file.content())).toList());
    }

    /** A multipart form of these parts, in order. */
    public Reply multipart(String path, java.util.List<Part> parts) {
        String boundary = "jifen-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"")
                    + "\r\nContent-Type: " + part.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A download as it arrives: status, headers and the bytes. */
    public Download fetch(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** One part of a multipart form: a file (with its name) or a text field. */
    public record Part(String name, @Nullable String fileName, String contentType, byte[] content) {

        public static Part file(String name, String fileName, String contentType, byte[] content) {
            return new Part(name, fileName, contentType, content);
        }

        public static Part text(String name, String value) {
            return new Part(name, null, "text/plain; charset=UTF-8", value.getBytes(StandardCharsets.UTF_8));
        }
    }

    public record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(""), response.headers());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A response: status, body, and the body as JSON. */
    public record Reply(int status, String body, String contentType, String location,
            java.net.http.HttpHeaders headers) {

        /** A header's value, or "" when the response has none. */
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text(String pointer) {
            return json().at(pointer).asString();
        }

        public long id(String pointer) {
            return json().at(pointer).asLong();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
