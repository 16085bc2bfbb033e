package org.jifen.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A villager's phone: no account, keeps cookies, follows no redirects (so a test sees them), and posts forms as a
 * browser does. Addresses are absolute, as read from a card's QR code, or paths on the service under test.
 */
public final class Browser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public Browser(String base) {
        this.base = base;
    }

    public Page get(String address) {
        return send(HttpRequest.newBuilder(uri(address)).GET());
    }

    /** Posts the fields as {@code application/x-www-form-urlencoded}, in the given order. */
    public Page postForm(String address, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(address)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A file chosen on a form: the field's name, the file's name and content. */
    public record File(String field, String name, String contentType, byte[] content) {
    }

    /** Posts the fields and files as {@code multipart/form-data}, as a form with a file input does. */
    public Page postMultipart(String address, Map<String, String> fields, java.util.List<File> files) {
        String boundary = "jifen-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (File file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.name() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(address)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Signs in on the login page as a person does; the answer is the login form's redirect. */
    public Page signIn(Township.Login login) {
        return postForm("/login", java.util.Map.of("username", login.username(), "password", login.password(),
                "_csrf", get("/login").csrfToken()));
    }

    /** The session's anti-forgery token, as the signed-in pages' forms carry it (read from the start page's form). */
    public String csrf() {
        Page start = get("/login");
        return start.status() == 200 ? start.csrfToken() : get("/").status() == 302
                ? get(get("/").header("Location").replaceFirst("^https?://[^/]+", "")).csrfToken() : "none";
    }

    private URI uri(String address) {
        return URI.create(address.startsWith("http") ? address : base + address);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(), response.headers());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A page as the phone received it. */
    public record Page(int status, String body, HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        /** The anti-forgery token the page's forms carry. */
        public String csrfToken() {
            Matcher field = CSRF_FIELD.matcher(body);
            if (!field.find()) {
                throw new AssertionError("the page has no form with an anti-forgery field:\n" + body);
            }
            return field.group(1);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
