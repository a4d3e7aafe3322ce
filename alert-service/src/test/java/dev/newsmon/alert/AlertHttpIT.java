package dev.newsmon.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.testing.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(180)
class AlertHttpIT {

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldAnswerBadRequestsWithAClearErrorAndStayUp() throws Exception {
        NewsmonConfig config = TestKafka.isolatedConfig("alert-http", dataDir);
        try (AlertService service = AlertService.start(config, List.of())) {
            assertTrue(service.streams().awaitRunning(Duration.ofSeconds(90)));
            String base = "http://127.0.0.1:" + service.httpPort();

            assertAnswer(400, "'limit' must be a whole number", get(base + "/alerts?limit=ten"));
            assertAnswer(404, "no alert with id nope", get(base + "/alerts/nope"));
            assertAnswer(404, "no alert with id nope", post(base + "/alerts/nope/ack", "seen"));
            assertAnswer(413, "error", post(base + "/alerts/nope/ack", "x".repeat(2 * 1024 * 1024)));
            assertAnswer(404, "", get(base + "/alerts/%3Cscript%3E/history"));
            assertEquals("[]", get(base + "/alerts?limit=5").body());
            assertAnswer(200, "\"status\":\"UP\"", get(base + "/health"));
        }
    }

    private static void assertAnswer(int status, String fragment, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(fragment), response.body());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
