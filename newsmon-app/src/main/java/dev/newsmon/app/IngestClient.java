package dev.newsmon.app;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Posts news to a running ingest-service: what {@code newsmon ingest} and {@code newsmon up}'s samples use. */
final class IngestClient {

    /** What ingest answered: 202 with accepted/duplicate ids, or a 4xx/5xx with a JSON error. */
    record Answer(int status, String body) {
        boolean ok() {
            return status == 202;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    IngestClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    Answer postText(String id, String body) throws IOException, InterruptedException {
        return postText(id, body, null);
    }

    /** One article as text/plain; {@code published} (ISO-8601, may be null) dates it. */
    Answer postText(String id, String body, String published) throws IOException, InterruptedException {
        String query = "?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + (published == null ? "" : "&published=" + URLEncoder.encode(published, StandardCharsets.UTF_8));
        return post("/items" + query, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    Answer postJson(byte[] json) throws IOException, InterruptedException {
        return post("/items", "application/json", json);
    }

    Answer postNdjson(byte[] lines) throws IOException, InterruptedException {
        return post("/items", "application/x-ndjson", lines);
    }

    private Answer post(String path, String type, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
