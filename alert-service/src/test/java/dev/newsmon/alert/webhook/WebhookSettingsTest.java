package dev.newsmon.alert.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.kafka.config.NewsmonConfig;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

    @Test
    void shouldBeOffWithoutUrls() {
        WebhookSettings s = WebhookSettings.from(NewsmonConfig.load(Map.of()));
        assertFalse(s.enabled());
        assertEquals(WebhookPayloads.Format.JSON, s.format());
    }

    @Test
    void shouldReadUrlsSecretAndFormat() {
        WebhookSettings s = WebhookSettings.from(NewsmonConfig.load(Map.of(
                "ALERT_WEBHOOK_URLS", " https://a.example/x , http://127.0.0.1:9000/hook ",
                "ALERT_WEBHOOK_SECRET", "k", "ALERT_WEBHOOK_FORMAT", "slack")));
        assertTrue(s.enabled());
        assertEquals(List.of(URI.create("https://a.example/x"), URI.create("http://127.0.0.1:9000/hook")), s.urls());
        assertEquals(WebhookPayloads.Format.SLACK, s.format());
    }

    @Test
    void shouldRefuseUrlsWithoutASecretOrThatAreNotHttp() {
        IllegalArgumentException noSecret = assertThrows(IllegalArgumentException.class, () -> WebhookSettings.from(
                NewsmonConfig.load(Map.of("ALERT_WEBHOOK_URLS", "https://a.example/x"))));
        assertTrue(noSecret.getMessage().contains("ALERT_WEBHOOK_SECRET"));
        IllegalArgumentException ftp = assertThrows(IllegalArgumentException.class, () -> WebhookSettings.from(
                NewsmonConfig.load(Map.of("ALERT_WEBHOOK_URLS", "ftp://a.example/secret-path", "ALERT_WEBHOOK_SECRET", "k"))));
        assertFalse(ftp.getMessage().contains("secret-path"), "error messages do not show the URL's path");
    }

    @Test
    void shouldRedactTheUrlPath() {
        assertEquals("https://hooks.slack.com/…", WebhookSettings.redact("https://hooks.slack.com/services/T0/B0/XXXX"));
        assertEquals("http://127.0.0.1:8080/…", WebhookSettings.redact("http://127.0.0.1:8080/hook?token=1"));
    }
}
