package dev.newsmon.app;

import dev.newsmon.core.alerts.TrainAlertJudge;
import dev.newsmon.core.eval.SharedTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsmon train alerts}: retrain the learned judgement of the alert detector, or cross-validate it. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Retrain a model newsmon ships.",
        subcommands = {TrainCommand.Alerts.class})
final class TrainCommand {

    private TrainCommand() {}

    @Command(name = "alerts", mixinStandardHelpOptions = true,
            description = "Train the alert detector's learned judgement (withdrawal or not, mode, deadline or not) on labelled "
                    + "sentences, or with --cv print its 5-fold cross-validated figures beside the rules alone. Deterministic: the "
                    + "same labels give the same model byte for byte.")
    static final class Alerts implements Callable<Integer> {
        @Parameters(arity = "0..*", paramLabel = "LABELS",
                description = "Label files (default: ../shared/data/alerts_dev.jsonl and labels/alerts/batch-*.jsonl).")
        List<Path> files = new ArrayList<>();

        @Option(names = "--cv", description = "Cross-validate instead of training.")
        boolean cv;

        @Option(names = "--out", description = "Where the models go (default: newsmon-core/src/main/resources/model; rebuild after).")
        Path out;

        @Option(names = "--shared", description = "Where the texts of id-only label files are read (default: ../shared/data).")
        Path shared;

        @Override
        public Integer call() throws IOException {
            Path home = Path.of(System.getProperty("newsmon.home", "."));
            SharedTexts texts = shared != null ? new SharedTexts(shared) : SharedTexts.beside(home);
            if (!texts.available()) {
                System.err.println("newsmon: the label texts are read from " + texts.dataDir() + ", which has no ner_dev.jsonl and "
                        + "articles.jsonl (--shared DIR)");
                return 2;
            }
            List<Path> labels = new ArrayList<>(files);
            if (labels.isEmpty()) {
                labels.add(texts.dataDir().resolve("alerts_dev.jsonl"));
                try (Stream<Path> s = Files.list(home.resolve("labels/alerts"))) {
                    s.filter(p -> p.getFileName().toString().matches("batch-\\d+\\.jsonl")).sorted().forEach(labels::add);
                }
            }
            for (Path p : labels) {
                if (!Files.isRegularFile(p)) {
                    System.err.println("newsmon: " + p + ": no such file");
                    return 2;
                }
            }
            if (cv) {
                TrainAlertJudge.CrossValidation result = TrainAlertJudge.crossValidate(labels, texts);
                System.out.println("== the rules alone");
                System.out.print(result.rulesAlone().render());
                System.out.println("== rules + learned judgement, 5-fold cross-validated");
                System.out.print(result.judged().render());
            } else {
                TrainAlertJudge.train(labels, texts, out != null ? out : home.resolve("newsmon-core/src/main/resources/model"));
            }
            return 0;
        }
    }
}
