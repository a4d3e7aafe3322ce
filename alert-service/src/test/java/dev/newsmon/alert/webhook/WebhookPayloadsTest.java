package dev.newsmon.alert.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsmon.alert.TestAlerts;
import dev.newsmon.core.Json;
import dev.newsmon.core.model.Alert;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookPayloadsTest {

    private static final String PWN = "<script>window.__pwned=1</script>";

    @Test
    void shouldSendTheAlertJsonByDefault() throws Exception {
        Alert alert = TestAlerts.alert("a1", 1);
        byte[] body = new WebhookPayloads(WebhookPayloads.Format.parse("json")).body(alert);
        assertEquals(alert, Json.mapper().readValue(body, Alert.class));
    }

    @Test
    void shouldBuildASlackMessageWithTheFactsTheEvidenceAndASummary() throws Exception {
        Alert alert = TestAlerts.alert("a1", 2);
        JsonNode slack = Json.mapper().readTree(new WebhookPayloads(WebhookPayloads.Format.parse("SLACK")).body(alert));

        assertTrue(slack.get("text").isTextual());
        assertTrue(slack.get("text").asText().contains("WITHDRAWAL"), slack.toString());
        JsonNode blocks = slack.get("blocks");
        assertEquals("header", blocks.get(0).get("type").asText());
        String all = plainTexts(blocks);
        for (String expected : List.of("Kind: WITHDRAWAL", "Mode: planned", "Actor: NATO", "Place: Afghanistan",
                "Quantities: 2,500 troops", "Deadline: by May (2021-05-01)",
                "The alliance will withdraw 2,500 troops from Afghanistan by May.", "2 items from 1 source", "alert a1")) {
            assertTrue(all.contains(expected), "missing '" + expected + "' in " + all);
        }
        blocks.forEach(b -> {
            assertTrue(List.of("header", "section", "context").contains(b.get("type").asText()));
        });
        assertFalse(slack.toString().contains("mrkdwn"), "news text never goes where Slack parses markup");
        assertFalse(all.contains("http"), "the summary is link-free");
        assertFalse(slack.get("unfurl_links").asBoolean());
    }

    @Test
    void shouldCarryMarkupInAHeadlineAsText() throws Exception {
        Alert alert = TestAlerts.alert("x1", "Breaking " + PWN + " <!channel> & more",
                "The alliance will withdraw " + PWN + " troops.", "withdraw", 1);
        JsonNode slack = Json.mapper().readTree(new WebhookPayloads(WebhookPayloads.Format.SLACK).body(alert));

        String text = slack.get("text").asText();
        assertFalse(text.contains("<"), "top-level text is parsed by Slack, so it is escaped: " + text);
        String all = plainTexts(slack.get("blocks"));
        assertTrue(all.contains("Headline: Breaking " + PWN + " <!channel> & more"), "plain_text carries the headline verbatim: " + all);
        assertTrue(all.contains("withdraw " + PWN + " troops."), all);
        assertEquals("a &lt;b&gt; &amp; c", WebhookPayloads.escape("a <b> & c"));
    }

    @Test
    void shouldKeepTheIdempotencyKeyPerAlertVersion() {
        Alert v1 = TestAlerts.alert("a1", 1);
        Alert v1again = TestAlerts.alert("a1", 1);
        Alert v2 = TestAlerts.alert("a1", 2);
        assertEquals(WebhookPayloads.idempotencyKey(v1), WebhookPayloads.idempotencyKey(v1again));
        assertNotEquals(WebhookPayloads.idempotencyKey(v1), WebhookPayloads.idempotencyKey(v2));
        assertTrue(WebhookPayloads.idempotencyKey(v1).matches("a1:[0-9a-f]{16}"), WebhookPayloads.idempotencyKey(v1));
    }

    @Test
    void shouldRefuseAnUnknownFormat() {
        assertThrows(IllegalArgumentException.class, () -> WebhookPayloads.Format.parse("xml"));
    }

    private static String plainTexts(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return String.join("\n", out);
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isObject() && "plain_text".equals(node.path("type").asText())) {
            out.add(node.get("text").asText());
        }
        node.forEach(child -> collect(child, out));
    }
}
