package dev.newsmon.app;

import dev.newsmon.app.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./newsmon}: run the pipeline, send it news, analyse files offline, measure it. */
@Command(name = "newsmon", mixinStandardHelpOptions = true, version = "newsmon 0.1.0",
        description = "Event-streaming news monitor: withdrawal and deadline alerts from news, on Kafka.",
        subcommands = {UpCommand.class, IngestCommand.class, AnalyzeCommand.class, EvalCommand.class, RulesCommand.class, BenchCommand.class})
public final class NewsmonCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new NewsmonCommand()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
