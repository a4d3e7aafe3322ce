package dev.newsmon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedDecoderTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Desk Wire</title><link>https://desk.example/</link><description>d</description>
              <item><title>Brigade to leave the valley</title><link>https://desk.example/a?id=1&amp;x=2</link>
                <guid>desk-1</guid><pubDate>Mon, 20 May 2024 09:30:00 GMT</pubDate>
                <description>&lt;p&gt;The brigade &lt;b&gt;will withdraw&lt;/b&gt; by Friday.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
              <item><title></title><description></description></item>
            </channel></rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:desk</id><updated>2024-05-21T10:00:00Z</updated>
              <entry><title>Talks deadline moved</title><id>urn:desk:2</id><updated>2024-05-21T10:00:00Z</updated>
                <link href="https://desk.example/b"/><content type="html">The deadline for the talks was moved to June 30.</content></entry>
            </feed>
            """;

    private final FeedDecoder decoder = new FeedDecoder();

    @Test
    void shouldReadRssEntriesAsPlainTextItemsWithStableIds() {
        List<Map<String, Object>> items = decoder.decode(RSS.getBytes(StandardCharsets.UTF_8));

        assertEquals(1, items.size(), "the entry without text is left out");
        Map<String, Object> item = items.get(0);
        assertEquals("The brigade will withdraw by Friday.", item.get("body"), "markup stripped, script dropped");
        assertEquals("Brigade to leave the valley", item.get("title"));
        assertEquals("Desk Wire", item.get("source"));
        assertEquals("2024-05-20T09:30:00Z", item.get("published"));
        assertEquals(decoder.decode(RSS.getBytes(StandardCharsets.UTF_8)).get(0).get("id"), item.get("id"), "same entry, same id");
        assertTrue(item.get("id").toString().matches("feed-[0-9a-f]{20}"));
    }

    @Test
    void shouldReadAtomEntries() {
        Map<String, Object> item = decoder.decode(ATOM.getBytes(StandardCharsets.UTF_8)).get(0);

        assertEquals("The deadline for the talks was moved to June 30.", item.get("body"));
        assertEquals("https://desk.example/b", item.get("url"));
    }

    @Test
    void shouldRefuseMalformedEmptyAndHostileFeeds() {
        assertRefused("<rss><channel><item>", "not a readable RSS or Atom feed");
        assertRefused("", "not a readable");
        assertRefused("<html><body>not a feed</body></html>", "not a readable");
        assertRefused("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&xxe;</title><description>x</description></item></channel></rss>",
                "not a readable");
        assertRefused("<rss version=\"2.0\"><channel><title>t</title></channel></rss>", "no entry with text");
    }

    private void assertRefused(String xml, String reason) {
        BadInputException e = assertThrows(BadInputException.class, () -> decoder.decode(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "no file content leaks into the error");
    }
}
