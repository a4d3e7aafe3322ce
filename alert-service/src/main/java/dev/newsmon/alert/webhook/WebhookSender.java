package dev.newsmon.alert.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The one side effect of delivery: POST a body with headers, answer the status. Injected, so tests can fake it. */
@FunctionalInterface
public interface WebhookSender {

    /** What the receiver answered; {@code retryAfter} is its Retry-After in seconds, or null. */
    record Response(int status, Duration retryAfter) {}

    Response post(URI url, byte[] body, Map<String, String> headers) throws IOException, InterruptedException;

    /** The JDK HTTP client: no redirects followed (a 3xx is a misconfigured URL), a timeout per request. */
    static WebhookSender http(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        return (url, body, headers) -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            Duration retryAfter = response.headers().firstValue("Retry-After").flatMap(v -> {
                try {
                    return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(v.trim())));
                } catch (NumberFormatException e) {
                    return java.util.Optional.empty();
                }
            }).orElse(null);
            return new Response(response.statusCode(), retryAfter);
        };
    }
}
