package dev.newsmon.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * Reads an RSS or Atom document (Rome; doctypes refused, so no external entities) into candidate items:
 * the entry's content or summary as text (HTML stripped with jsoup), its title, link, date and the feed's
 * title as source. Ids are derived from the entry's guid or link, so a feed read twice gives the same ids
 * and ingest drops the repeats. Entries without any text are left out; a link that is not http(s) is
 * dropped rather than refusing the whole feed.
 */
final class FeedDecoder {

    List<Map<String, Object>> decode(byte[] xml) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new BadInputException(400, "The body is not a readable RSS or Atom feed: " + firstLine(e.getMessage()));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String title = text(entry.getTitle());
            String body = body(entry);
            if (body.isBlank()) {
                body = title;
            }
            if (body.isBlank()) {
                continue;
            }
            Map<String, Object> item = new HashMap<>();
            String key = entry.getUri() != null ? entry.getUri() : entry.getLink() != null ? entry.getLink() : title + "\n" + body;
            item.put("id", "feed-" + sha256(key).substring(0, 20));
            item.put("title", title.isBlank() ? null : title);
            item.put("body", body);
            if (entry.getLink() != null && entry.getLink().matches("(?i)https?://\\S+")) {
                item.put("url", entry.getLink());
            }
            if (feed.getTitle() != null && !feed.getTitle().isBlank()) {
                item.put("source", text(feed.getTitle()));
            }
            Date when = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            if (when != null) {
                item.put("published", when.toInstant().toString());
            }
            item.put("__where", "feed entry " + n);
            items.add(item);
        }
        if (items.isEmpty()) {
            throw new BadInputException(400, "The feed holds no entry with text");
        }
        return items;
    }

    private static String body(SyndEntry entry) {
        StringBuilder text = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null) {
                text.append(text(c.getValue())).append("\n\n");
            }
        }
        if (text.length() == 0 && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            text.append(text(entry.getDescription().getValue()));
        }
        return text.toString().strip();
    }

    /** Markup to plain text; entities decoded, scripts and styles dropped. */
    private static String text(String maybeHtml) {
        if (maybeHtml == null) {
            return "";
        }
        return Jsoup.parse(maybeHtml).text();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "unknown error" : s.split("\n")[0];
    }
}
