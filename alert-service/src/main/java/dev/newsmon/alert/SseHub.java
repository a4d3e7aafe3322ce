package dev.newsmon.alert;

import dev.newsmon.core.Json;
import dev.newsmon.core.model.Alert;
import io.javalin.http.sse.SseClient;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/** The browsers following {@code GET /alerts/stream}: each alert goes to all of them as an "alert" event. */
final class SseHub implements Consumer<Alert> {

    private final Queue<SseClient> clients = new ConcurrentLinkedQueue<>();

    void join(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendComment("connected");
    }

    @Override
    public void accept(Alert alert) {
        String json;
        try {
            json = Json.mapper().writeValueAsString(alert);
        } catch (Exception e) {
            return;
        }
        for (SseClient client : clients) {
            if (client.terminated()) {
                clients.remove(client);
            } else {
                client.sendEvent("alert", json, alert.id());
            }
        }
    }

    int size() {
        return clients.size();
    }
}
