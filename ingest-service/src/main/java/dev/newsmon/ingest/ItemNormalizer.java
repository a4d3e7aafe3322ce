package dev.newsmon.ingest;

import dev.newsmon.core.model.NewsItem;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks one candidate item and puts it in newsmon's canonical form: Unicode NFC, no control
 * characters, one space between words, at most one blank line between paragraphs, trimmed. The id is
 * kept when given, else derived from the normalised content, so the same article always gets the same id.
 */
final class ItemNormalizer {

    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\x0B\\f \\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F\\u200B\\uFEFF]");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" *\n *");
    private static final Pattern MANY_NEWLINES = Pattern.compile("\n{3,}");
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._:/@#+-]+");

    private final ItemLimits limits;

    ItemNormalizer(ItemLimits limits) {
        this.limits = limits;
    }

    /** A normalised item, or a {@link BadInputException} listing every problem found. */
    NewsItem normalize(Map<String, Object> fields) {
        String where = String.valueOf(fields.getOrDefault("__where", "the item"));
        List<String> problems = new ArrayList<>();
        String body = text(fields, "body", problems);
        String title = text(fields, "title", problems);
        String id = text(fields, "id", problems);
        String url = text(fields, "url", problems);
        String source = text(fields, "source", problems);
        String published = text(fields, "published", problems);

        if (body == null || body.isBlank()) {
            problems.add("'body' is required and must hold text");
        } else {
            body = normalizeBody(body);
            check(body, "body", limits.maxBodyChars(), problems);
        }
        title = title == null ? null : normalizeLine(title);
        check(title, "title", limits.maxTitleChars(), problems);
        source = source == null ? null : normalizeLine(source);
        check(source, "source", limits.maxSourceChars(), problems);
        if (id != null) {
            id = id.strip();
            if (id.isEmpty() || id.length() > limits.maxIdChars() || !ID.matcher(id).matches()) {
                problems.add("'id' must be 1 to " + limits.maxIdChars() + " letters, digits or ._:/@#+- characters");
            }
        }
        if (url != null) {
            url = url.strip();
            if (url.length() > limits.maxUrlChars() || !isHttpUrl(url)) {
                problems.add("'url' must be an http(s) URL of at most " + limits.maxUrlChars() + " characters");
            }
        }
        if (published != null) {
            published = published.strip();
            if (!isIsoDate(published)) {
                problems.add("'published' must be an ISO-8601 date or date-time, e.g. 2021-02-15 or 2021-02-15T09:30:00Z");
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(400, where + " is invalid: " + String.join("; ", problems), problems);
        }
        if (id == null) {
            id = "nm-" + fingerprint(title, body).substring(0, 20);
        }
        return new NewsItem(id, emptyToNull(title), body, url, emptyToNull(source), published, null);
    }

    /** Same for the same normalised title and body, whatever the id. */
    static String fingerprint(String title, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalizeBody(String raw) {
        String text = nfc(raw).replace("\r\n", "\n").replace('\r', '\n');
        text = CONTROL.matcher(text).replaceAll("");
        text = HORIZONTAL_SPACE.matcher(text).replaceAll(" ");
        text = SPACE_AROUND_NEWLINE.matcher(text).replaceAll("\n");
        text = MANY_NEWLINES.matcher(text).replaceAll("\n\n");
        return text.strip();
    }

    static String normalizeLine(String raw) {
        String text = nfc(raw);
        text = CONTROL.matcher(text).replaceAll("");
        return text.replaceAll("\\s+", " ").strip();
    }

    /** NFC, without the copy for the common case of text that already is. */
    private static String nfc(String raw) {
        return Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
    }

    private static String text(Map<String, Object> fields, String name, List<String> problems) {
        Object value = fields.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            problems.add("'" + name + "' must be a string");
            return null;
        }
        if (hasUnpairedSurrogate(s)) {
            problems.add("'" + name + "' holds an unpaired UTF-16 surrogate (broken text)");
            return null;
        }
        return s;
    }

    private static void check(String value, String name, int max, List<String> problems) {
        if (value != null && value.length() > max) {
            problems.add("'" + name + "' is " + value.length() + " characters long; at most " + max + " are accepted");
        }
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isIsoDate(String value) {
        for (var parser : List.<java.util.function.Consumer<String>>of(LocalDate::parse, LocalDateTime::parse, OffsetDateTime::parse)) {
            try {
                parser.accept(value);
                return true;
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return false;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
