package dev.newsmon.app;

import dev.newsmon.core.Analyzer;
import dev.newsmon.core.Json;
import dev.newsmon.core.eval.ActorEvaluation;
import dev.newsmon.core.eval.AlertEvaluation;
import dev.newsmon.core.eval.SharedTexts;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsmon eval actors|alerts FILE}: quality on labelled sentences, scored as ../shared/CONTRACT.md says. */
@Command(name = "eval", description = "Score the tagger or the alert detector on a labelled file.",
        subcommands = {EvalCommand.Actors.class, EvalCommand.Alerts.class})
final class EvalCommand {

    private EvalCommand() {}

    abstract static class Scoring implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", index = "0", description = "Gold file (JSON Lines).")
        Path file;

        @Option(names = "--split", defaultValue = "all",
                description = "all, train, test or unseen: score only that part of the file (test = the part of ner_dev.jsonl the"
                        + " shipped model was not trained on; unseen = the sentences of any file whose text the actor model was not trained on).")
        String split;

        @Option(names = "--json", description = "Print the figures as one JSON object.")
        boolean json;

        Analyzer analyzer() {
            NewsmonConfig config = NewsmonConfig.fromEnvironment();
            return Analyzer.load(AnalyzeCommand.paths(config, Setting.NEWSMON_ACTOR_FILES), AnalyzeCommand.paths(config, Setting.NEWSMON_TOPIC_FILES));
        }

        Integer check() {
            if (!Files.isRegularFile(file)) {
                System.err.println(file + ": no such file");
                return 2;
            }
            if (!List.of("all", "train", "test", "unseen").contains(split)) {
                System.err.println("--split must be all, train, test or unseen");
                return 2;
            }
            return null;
        }
    }

    @Command(name = "actors", description = "Precision, recall and F1 of actor mentions per type, strict and lenient.")
    static final class Actors extends Scoring {
        @Override
        public Integer call() throws Exception {
            Integer bad = check();
            if (bad != null) {
                return bad;
            }
            ActorEvaluation result;
            try {
                result = ActorEvaluation.evaluate(file, analyzer().actorTagger(), split);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            System.out.println(json ? Json.mapper().writeValueAsString(result.toMap()) : result.render());
            return 0;
        }
    }

    @Command(name = "alerts", description = "Precision, recall and F1 per alert kind, withdrawal mode accuracy, and the"
            + " accuracy of the withdrawer, place, speaker, quantity and deadline phrase where the file labels them.")
    static final class Alerts extends Scoring {
        @Option(names = "--errors", description = "Also list the sentences scored wrong.")
        boolean errors;

        @Parameters(paramLabel = "MORE", index = "1..*", arity = "0..*", description = "More label files, scored together with FILE.")
        List<Path> more = List.of();

        @Option(names = "--shared", description = "Where the texts of label files that keep ids only are read "
                + "(ner_dev.jsonl, articles.jsonl; default: ../shared/data beside newsmon).")
        Path shared;

        @Override
        public Integer call() throws Exception {
            Integer bad = check();
            if (bad != null) {
                return bad;
            }
            if (ActorEvaluation.UNSEEN.equals(split)) {
                System.err.println("--split unseen applies to actors only (the alert detector is rules, not a trained model)");
                return 2;
            }
            List<Path> files = new java.util.ArrayList<>(List.of(file));
            files.addAll(more);
            for (Path f : more) {
                if (!Files.isRegularFile(f)) {
                    System.err.println(f + ": no such file");
                    return 2;
                }
            }
            Analyzer analyzer = analyzer();
            SharedTexts texts = shared != null ? new SharedTexts(shared)
                    : SharedTexts.beside(Path.of(System.getProperty("newsmon.home", ".")));
            AlertEvaluation result;
            try {
                // The whole analysis, as in analyze and enrich-service: the detector sees the actors the tagger found.
                result = AlertEvaluation.evaluate(files, analyzer::analyze, split, texts);
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            System.out.println(json ? Json.mapper().writeValueAsString(result.toMap()) : result.render());
            if (errors) {
                System.out.println(result.renderErrors());
            }
            return 0;
        }
    }
}
