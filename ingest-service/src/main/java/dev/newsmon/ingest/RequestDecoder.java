package dev.newsmon.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsmon.core.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a request body into candidate items: a JSON object, a JSON array of objects, NDJSON (one
 * object per line), a {@code text/plain} article whose metadata comes from query parameters, or an RSS
 * or Atom feed.
 * Bytes must be UTF-8; anything else is refused with the place where it goes wrong.
 */
final class RequestDecoder {

    private final ObjectMapper mapper = Json.mapper();
    private final FeedDecoder feeds = new FeedDecoder();

    /** The fields of each item, as given, in request order. */
    List<Map<String, Object>> decode(String contentType, byte[] body, Map<String, String> query) {
        if (body.length == 0) {
            throw new BadInputException(400, "The request body is empty: send a JSON item, a JSON array, NDJSON or a text/plain article");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        if (type.equals("application/rss+xml") || type.equals("application/atom+xml")) {
            return feeds.decode(body); // XML declares its own encoding
        }
        String text = utf8(body);
        return switch (type) {
            case "application/json" -> json(text);
            case "application/x-ndjson", "application/jsonl", "application/jsonlines", "application/x-jsonlines" -> ndjson(text);
            case "text/plain" -> List.of(plainText(text, query));
            default -> throw new BadInputException(415, "Unsupported Content-Type '" + contentType
                    + "': use application/json, application/x-ndjson, text/plain; charset=utf-8, application/rss+xml or application/atom+xml");
        };
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(400, "The request body is not valid UTF-8 (" + e.getMessage() + ")");
        }
    }

    private List<Map<String, Object>> json(String text) {
        JsonNode root = parse(text, "The body is not valid JSON");
        if (root.isObject()) {
            return List.of(fields(root, "the item"));
        }
        if (root.isArray()) {
            if (root.isEmpty()) {
                throw new BadInputException(400, "The JSON array holds no items");
            }
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < root.size(); i++) {
                items.add(fields(root.get(i), "item " + i));
            }
            return items;
        }
        throw new BadInputException(400, "The JSON body must be an object or an array of objects, not " + root.getNodeType().name().toLowerCase(Locale.ROOT));
    }

    private List<Map<String, Object>> ndjson(String text) {
        List<Map<String, Object>> items = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            items.add(fields(parse(lines[i], "Line " + (i + 1) + " is not valid JSON"), "line " + (i + 1)));
        }
        if (items.isEmpty()) {
            throw new BadInputException(400, "The NDJSON body holds no items");
        }
        return items;
    }

    private static Map<String, Object> plainText(String text, Map<String, String> query) {
        Map<String, Object> item = new java.util.HashMap<>();
        query.forEach((k, v) -> {
            if (List.of("id", "title", "url", "source", "published").contains(k)) {
                item.put(k, v);
            }
        });
        item.put("body", text);
        return item;
    }

    private JsonNode parse(String text, String what) {
        try {
            JsonNode node = mapper.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new BadInputException(400, what + ": nothing to read");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadInputException(400, what + ": " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fields(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new BadInputException(400, where + " must be a JSON object");
        }
        Map<String, Object> map = mapper.convertValue(node, Map.class);
        map.put("__where", where);
        return map;
    }
}
