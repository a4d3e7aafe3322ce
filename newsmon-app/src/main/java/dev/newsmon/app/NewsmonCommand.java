package dev.newsmon.app;

import dev.newsmon.app.bench.BenchCommand;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./newsmon}: run the pipeline, send it news, analyse files offline, measure it. */
@Command(name = "newsmon", mixinStandardHelpOptions = true, version = "newsmon 0.1.0",
        description = "Event-streaming news monitor: withdrawal and deadline alerts from news, on Kafka.",
        subcommands = {UpCommand.class, IngestCommand.class, AnalyzeCommand.class, EvalCommand.class, RulesCommand.class, BenchCommand.class,
            TrainCommand.class})
public final class NewsmonCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line, with a file the user named that cannot be used (an actor or topic file with a
     * wrong key, type or date, unreadable, not UTF-8) reported in one line and exit code 2, not a stack trace.
     */
    static CommandLine commandLine() {
        return new CommandLine(new NewsmonCommand()).setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
                commandLine.getErr().println("newsmon: " + e.getMessage());
                return 2;
            }
            throw e;
        });
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
