package dev.newsmon.app;

import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsmon ingest FILE|DIR ...}: sends .txt, .json and .jsonl/.ndjson files to a running ingest-service. */
@Command(name = "ingest", description = "Send .txt, .json and .jsonl files (or directories of them) to a running ingest-service.")
final class IngestCommand implements Callable<Integer> {

    private static final int LINES_PER_REQUEST = 500;

    @Option(names = "--url", description = "ingest-service base URL (default: http://127.0.0.1:$INGEST_HTTP_PORT).")
    String url;

    @Option(names = "--published", description = "Publication date (ISO-8601 date or date-time) for items that have none: "
            + "relative limits (\"within 72 hours\", \"by Friday\") resolve against it.")
    String published;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<String> targets;

    @Override
    public Integer call() throws Exception {
        NewsmonConfig config = NewsmonConfig.fromEnvironment();
        IngestClient client = new IngestClient(url != null ? url : "http://127.0.0.1:" + config.integer(Setting.INGEST_HTTP_PORT));
        int failures = 0;
        try {
            if (published != null && !validDate(published)) {
                System.err.println("--published must be an ISO-8601 date or date-time (2021-02-15, 2021-02-15T10:00:00Z), not '"
                        + published + "'");
                return 2;
            }
            for (Path file : ItemFiles.expand(targets)) {
                failures += send(client, file, published) ? 0 : 1;
            }
        } catch (ConnectException e) {
            System.err.println("Cannot reach ingest-service: is `./newsmon up` running? (" + e.getMessage() + ")");
            return 3;
        }
        return failures == 0 ? 0 : 2;
    }

    static boolean send(IngestClient client, Path file) throws IOException, InterruptedException {
        return send(client, file, null);
    }

    private static boolean validDate(String s) {
        try {
            java.time.LocalDate.parse(s);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            try {
                java.time.OffsetDateTime.parse(s);
                return true;
            } catch (java.time.format.DateTimeParseException e2) {
                try {
                    java.time.LocalDateTime.parse(s);
                    return true;
                } catch (java.time.format.DateTimeParseException e3) {
                    return false;
                }
            }
        }
    }

    /** {@code json} with "published" set on every item that has none (an object, or each object of an array). */
    static String withPublished(String json, String published) throws IOException {
        com.fasterxml.jackson.databind.JsonNode root = dev.newsmon.core.Json.mapper().readTree(json);
        if (root == null) {
            return json;
        }
        java.util.List<com.fasterxml.jackson.databind.JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else {
            items.add(root);
        }
        for (com.fasterxml.jackson.databind.JsonNode n : items) {
            if (n instanceof com.fasterxml.jackson.databind.node.ObjectNode o && (!o.hasNonNull("published"))) {
                o.put("published", published);
            }
        }
        return dev.newsmon.core.Json.mapper().writeValueAsString(root);
    }

    static boolean send(IngestClient client, Path file, String published) throws IOException, InterruptedException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file) || !ItemFiles.isItemFile(file)) {
            System.err.println(file + ": not a .txt, .json, .jsonl or .ndjson file");
            return false;
        }
        List<IngestClient.Answer> answers = new ArrayList<>();
        if (lower.endsWith(".txt")) {
            answers.add(client.postText(name.substring(0, name.length() - 4), Files.readString(file, StandardCharsets.UTF_8), published));
        } else if (lower.endsWith(".json")) {
            byte[] bytes = Files.readAllBytes(file);
            if (published != null) {
                try {
                    bytes = withPublished(new String(bytes, StandardCharsets.UTF_8), published).getBytes(StandardCharsets.UTF_8);
                } catch (IOException e) {
                    // not JSON: ingest-service answers with the reason
                }
            }
            answers.add(client.postJson(bytes));
        } else {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            if (published != null) {
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).isBlank()) {
                        try {
                            lines.set(i, withPublished(lines.get(i), published));
                        } catch (IOException e) {
                            // a bad line: ingest-service names it in its answer
                        }
                    }
                }
            }
            for (int from = 0; from < lines.size(); from += LINES_PER_REQUEST) {
                String chunk = String.join("\n", lines.subList(from, Math.min(lines.size(), from + LINES_PER_REQUEST)));
                if (!chunk.isBlank()) {
                    answers.add(client.postNdjson(chunk.getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        boolean ok = answers.stream().allMatch(IngestClient.Answer::ok);
        for (IngestClient.Answer a : answers) {
            System.out.println(file + ": " + a.status() + " " + a.body());
        }
        return ok;
    }
}
