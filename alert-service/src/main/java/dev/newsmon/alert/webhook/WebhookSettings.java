package dev.newsmon.alert.webhook;

import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Webhook delivery as configured: {@code ALERT_WEBHOOK_URLS} (comma-separated), {@code ALERT_WEBHOOK_SECRET}
 * (the HMAC-SHA256 key; required when URLs are set, deliveries are always signed) and
 * {@code ALERT_WEBHOOK_FORMAT} ({@code json} or {@code slack}), with the retry policy.
 */
public record WebhookSettings(List<URI> urls, String secret, WebhookPayloads.Format format, Backoff backoff,
                              Duration requestTimeout) {

    public WebhookSettings {
        urls = List.copyOf(urls);
        if (!urls.isEmpty() && (secret == null || secret.isEmpty())) {
            throw new IllegalArgumentException(Setting.ALERT_WEBHOOK_URLS + " is set but " + Setting.ALERT_WEBHOOK_SECRET
                    + " is empty: webhook deliveries are always signed, set a secret shared with the receivers");
        }
    }

    public static WebhookSettings from(NewsmonConfig config) {
        List<URI> urls = config.list(Setting.ALERT_WEBHOOK_URLS).stream().map(WebhookSettings::parseUrl).toList();
        return new WebhookSettings(urls, config.string(Setting.ALERT_WEBHOOK_SECRET),
                WebhookPayloads.Format.parse(config.string(Setting.ALERT_WEBHOOK_FORMAT)),
                Backoff.standard(), Duration.ofSeconds(10));
    }

    public boolean enabled() {
        return !urls.isEmpty();
    }

    private static URI parseUrl(String raw) {
        URI uri;
        try {
            uri = URI.create(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Setting.ALERT_WEBHOOK_URLS + ": not a URL: " + redact(raw), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException(Setting.ALERT_WEBHOOK_URLS + ": expected an http(s) URL, got " + redact(raw));
        }
        return uri;
    }

    /**
     * How a webhook is named in logs, metrics and {@code /health}: scheme, host and port only, because the
     * path of a webhook URL is often itself a secret (Slack's incoming webhooks, for one).
     */
    public static String redact(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() != null) {
                return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "") + "/…";
            }
        } catch (IllegalArgumentException e) {
            // fall through
        }
        return "(unparseable URL)";
    }
}
