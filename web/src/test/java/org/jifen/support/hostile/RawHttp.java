package org.jifen.support.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** Sends requests exactly as built, byte for byte, including ones no well-behaved client would send. */
public final class RawHttp {

    private static final java.util.regex.Pattern CHINESE_DETAIL =
            java.util.regex.Pattern.compile("\"detail\":\"[^\"]*[\\u4e00-\\u9fa5]");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String authorization;

    public RawHttp(String base, String username, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The status, content type, body and {@code Retry-After} of the answer. */
    public record Answer(int status, String contentType, String body, Optional<String> retryAfter,
            Optional<String> allow) {

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json") && body.contains("\"status\":" + status);
        }

        /** Whether the problem's detail speaks Chinese to the village staff (not Spring's English default). */
        public boolean hasChineseDetail() {
            return CHINESE_DETAIL.matcher(body).find();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    public Answer send(RawRequest request) {
        return send(request, request.body().length == 0 && request.contentType() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    }

    /** The body streamed without a declared length ({@code Transfer-Encoding: chunked}). */
    public Answer sendChunked(RawRequest request) {
        return send(request, HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(request.body())));
    }

    private Answer send(RawRequest request, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .method(request.method(), body);
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        try {
            HttpResponse<String> response = HTTP.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Retry-After"),
                    response.headers().firstValue("Allow"));
        } catch (IOException failed) {
            throw new UncheckedIOException(request.what() + ": " + failed, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
