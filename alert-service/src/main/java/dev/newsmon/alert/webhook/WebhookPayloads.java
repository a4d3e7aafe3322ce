package dev.newsmon.alert.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsmon.core.Json;
import dev.newsmon.core.model.Alert;
import dev.newsmon.core.model.Evidence;
import dev.newsmon.core.model.Quantity;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The body of a delivery. {@code json}: the alert exactly as on {@code news.alerts}. {@code slack}: a
 * Slack-compatible message — a short {@code text} for notifications and {@code blocks} with the kind,
 * mode, actor, place, quantities, deadline, the evidence sentence and a summary. News text only ever
 * goes into {@code plain_text} objects (Slack renders them verbatim, no markup, no links), and the
 * top-level {@code text} is escaped as Slack asks ({@code & < >}), so a headline carrying markup or
 * {@code <!channel>} stays text.
 */
public final class WebhookPayloads {

    public static final String IDEMPOTENCY_HEADER = "X-Newsmon-Idempotency-Key";
    public static final String ALERT_ID_HEADER = "X-Newsmon-Alert-Id";

    public enum Format {
        JSON, SLACK;

        public static Format parse(String raw) {
            try {
                return valueOf(raw.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("ALERT_WEBHOOK_FORMAT must be json or slack, got '" + raw + "'", e);
            }
        }
    }

    private final Format format;

    public WebhookPayloads(Format format) {
        this.format = format;
    }

    public Format format() {
        return format;
    }

    public byte[] body(Alert alert) {
        try {
            return format == Format.SLACK ? Json.mapper().writeValueAsBytes(slack(alert)) : alertJson(alert);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write alert " + alert.id(), e);
        }
    }

    /**
     * {@code <alert id>:<16 hex digits of the SHA-256 of the alert version's JSON>}: the same for every
     * delivery of one version of an alert (redeliveries, restarts, either format), different for the
     * next version, so a receiver drops repeats by remembering keys.
     */
    public static String idempotencyKey(Alert alert) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(alertJson(alert));
            return alert.id() + ":" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] alertJson(Alert alert) throws JsonProcessingException {
        return Json.mapper().writeValueAsBytes(alert);
    }

    static Map<String, Object> slack(Alert alert) {
        String kind = String.valueOf(alert.kind());
        String mode = alert.mode() == null ? "" : alert.mode().wireName();
        String actor = alert.actorName() != null ? alert.actorName() : alert.actor();
        String headline = "newsmon: " + kind + (mode.isEmpty() ? "" : " · " + mode) + (actor == null ? "" : " — " + actor)
                + (alert.place() == null ? "" : " (" + alert.place() + ")");

        List<Map<String, Object>> fields = new ArrayList<>();
        fields.add(plain("Kind: " + kind));
        fields.add(plain("Mode: " + (mode.isEmpty() ? "—" : mode)));
        fields.add(plain("Actor: " + (actor == null ? "—" : actor)));
        fields.add(plain("Place: " + (alert.place() == null ? "—" : alert.place())));
        fields.add(plain("Quantities: " + quantities(alert.quantities())));
        fields.add(plain("Deadline: " + (alert.deadline() == null ? "—" : alert.deadline().text()
                + (alert.deadline().date() == null ? "" : " (" + alert.deadline().date() + ")"))));
        fields.add(plain("Severity: " + alert.severity()));

        List<Map<String, Object>> blocks = new ArrayList<>();
        blocks.add(Map.of("type", "header", "text", plain(cut(headline, 150))));
        blocks.add(Map.of("type", "section", "fields", fields));
        if (alert.title() != null && !alert.title().isBlank()) {
            blocks.add(Map.of("type", "section", "text", plain(cut("Headline: " + alert.title(), 3000))));
        }
        Evidence evidence = alert.evidence() == null || alert.evidence().isEmpty() ? null : alert.evidence().get(0);
        if (evidence != null) {
            blocks.add(Map.of("type", "section", "text", plain(cut("Evidence: “" + evidence.sentence().text() + "” — "
                    + (evidence.source() == null ? "unknown source" : evidence.source()), 3000))));
        }
        blocks.add(Map.of("type", "context", "elements", List.of(plain(cut(summary(alert), 2000)))));

        Map<String, Object> message = new LinkedHashMap<>();
        message.put("text", escape(cut(alert.severity() + " " + headline.substring("newsmon: ".length()), 3000)));
        message.put("blocks", blocks);
        message.put("unfurl_links", false);
        message.put("unfurl_media", false);
        return message;
    }

    /** The link-free summary: why this version was sent, how many items and sources, the alert id. */
    private static String summary(Alert alert) {
        int sources = alert.sources() == null ? 0 : alert.sources().size();
        return alert.reason() + " · " + alert.count() + " item" + (alert.count() == 1 ? "" : "s") + " from " + sources
                + " source" + (sources == 1 ? "" : "s") + " · alert " + alert.id();
    }

    private static String quantities(List<Quantity> quantities) {
        if (quantities == null || quantities.isEmpty()) {
            return "—";
        }
        return quantities.stream().map(q -> String.format(Locale.ROOT, "%,d %s", q.value(), q.unit())).collect(Collectors.joining(", "));
    }

    private static Map<String, Object> plain(String text) {
        return Map.of("type", "plain_text", "text", text.isEmpty() ? " " : text, "emoji", false);
    }

    /** Slack's escaping for text it parses: only {@code &}, {@code <} and {@code >}. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
