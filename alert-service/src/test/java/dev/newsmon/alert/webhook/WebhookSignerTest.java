package dev.newsmon.alert.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    @Test
    void shouldSignWithTheRfc4231TestVector() {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
        WebhookSigner signer = new WebhookSigner("Jefe");
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                signer.sign("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void shouldMatchAnHmacComputedIndependentlyOverTheExactBodyBytes() throws Exception {
        String secret = "s3cr3t-ключ";
        byte[] body = "{\"id\":\"a1\",\"title\":\"Rückzug <script>\"}".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));

        WebhookSigner signer = new WebhookSigner(secret);
        assertEquals(expected, signer.sign(body));
        assertTrue(signer.verify(body, expected));
    }

    @Test
    void shouldRejectATamperedBodyOrAnotherKey() {
        byte[] body = "{\"id\":\"a1\"}".getBytes(StandardCharsets.UTF_8);
        String signature = new WebhookSigner("one").sign(body);
        assertFalse(new WebhookSigner("two").verify(body, signature));
        assertFalse(new WebhookSigner("one").verify("{\"id\":\"a2\"}".getBytes(StandardCharsets.UTF_8), signature));
        assertFalse(new WebhookSigner("one").verify(body, null));
    }

    @Test
    void shouldRefuseAnEmptySecret() {
        assertThrows(IllegalArgumentException.class, () -> new WebhookSigner(""));
    }
}
