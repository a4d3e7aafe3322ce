package dev.newsmon.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsmon.core.Analyzer;
import dev.newsmon.core.Json;
import dev.newsmon.core.rules.RuleSet;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsmon analyze}: the contract of ../shared/CONTRACT.md — one JSON line per item, no Kafka. */
@Command(name = "analyze", description = "Tag actors and topics and detect alerts in files, offline (JSON Lines out).")
final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = "--published", description = "Publication date for items that have none (ISO-8601).")
    String published;

    @Option(names = "--rules", description = "Alert rule file to apply (default: $ALERT_RULES_FILE, if set).")
    Path rules;

    @Parameters(arity = "0..*", description = ".txt, .json, .jsonl/.ndjson files; none or - reads JSON Lines from standard input.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        NewsmonConfig config = NewsmonConfig.fromEnvironment();
        Analyzer loaded = Analyzer.load(paths(config, Setting.NEWSMON_ACTOR_FILES), paths(config, Setting.NEWSMON_TOPIC_FILES));
        Path ruleFile = rules != null ? rules : config.string(Setting.ALERT_RULES_FILE).isEmpty() ? null : config.path(Setting.ALERT_RULES_FILE);
        if (ruleFile != null) {
            RuleSet ruleSet = RulesCommand.validate(ruleFile);
            if (ruleSet == null) {
                return 2;
            }
            loaded = loaded.withRules(ruleSet);
        }
        Analyzer analyzer = loaded;
        ObjectMapper mapper = Json.mapper();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        boolean[] failed = {false};
        java.util.function.Consumer<ItemFiles.Entry> emit = entry -> {
            try {
                if (entry.error() != null) {
                    failed[0] = true;
                    ObjectNode error = mapper.createObjectNode();
                    error.put("id", entry.id());
                    error.put("line", entry.line());
                    error.put("error", entry.error());
                    out.println(mapper.writeValueAsString(error));
                } else {
                    out.println(mapper.writeValueAsString(analyzer.analyze(entry.item())));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        if (files.isEmpty() || files.equals(List.of("-"))) {
            ItemFiles.readLines(ItemFiles.stdin(), published, emit);
        } else {
            for (String f : files) {
                if (f.equals("-")) {
                    ItemFiles.readLines(ItemFiles.stdin(), published, emit);
                    continue;
                }
                try {
                    ItemFiles.read(Path.of(f), published, emit);
                } catch (java.nio.charset.CharacterCodingException e) {
                    emit.accept(ItemFiles.Entry.failed(null, 0, f + ": not valid UTF-8"));
                } catch (IOException e) {
                    emit.accept(ItemFiles.Entry.failed(null, 0, f + ": cannot be read (" + e.getMessage() + ")"));
                }
            }
        }
        out.flush();
        return failed[0] ? 2 : 0;
    }

    static List<Path> paths(NewsmonConfig config, Setting setting) {
        return config.list(setting).stream().map(Path::of).toList();
    }
}
