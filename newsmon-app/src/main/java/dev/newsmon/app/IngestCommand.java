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

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<String> targets;

    @Override
    public Integer call() throws Exception {
        NewsmonConfig config = NewsmonConfig.fromEnvironment();
        IngestClient client = new IngestClient(url != null ? url : "http://127.0.0.1:" + config.integer(Setting.INGEST_HTTP_PORT));
        int failures = 0;
        try {
            for (Path file : ItemFiles.expand(targets)) {
                failures += send(client, file) ? 0 : 1;
            }
        } catch (ConnectException e) {
            System.err.println("Cannot reach ingest-service: is `./newsmon up` running? (" + e.getMessage() + ")");
            return 3;
        }
        return failures == 0 ? 0 : 2;
    }

    static boolean send(IngestClient client, Path file) throws IOException, InterruptedException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file) || !ItemFiles.isItemFile(file)) {
            System.err.println(file + ": not a .txt, .json, .jsonl or .ndjson file");
            return false;
        }
        List<IngestClient.Answer> answers = new ArrayList<>();
        if (lower.endsWith(".txt")) {
            answers.add(client.postText(name.substring(0, name.length() - 4), Files.readString(file, StandardCharsets.UTF_8)));
        } else if (lower.endsWith(".json")) {
            answers.add(client.postJson(Files.readAllBytes(file)));
        } else {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
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
