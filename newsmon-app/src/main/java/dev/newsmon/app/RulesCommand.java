package dev.newsmon.app;

import dev.newsmon.core.rules.RuleFileException;
import dev.newsmon.core.rules.RuleSet;
import dev.newsmon.kafka.config.KafkaClientConfigs;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.topics.NewsmonTopics;
import dev.newsmon.localkafka.LocalKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code newsmon rules check|apply FILE}: validate a rule file, and publish it to the running alert-service. */
@Command(name = "rules", description = "Validate (check) or publish (apply) an alert rule file.",
        subcommands = {RulesCommand.Check.class, RulesCommand.Apply.class})
final class RulesCommand {

    private RulesCommand() {}

    static RuleSet validate(Path file) {
        try {
            RuleSet rules = RuleSet.load(file);
            System.err.println(file + ": " + rules.rules().size() + " valid rule(s)");
            return rules;
        } catch (RuleFileException e) {
            System.err.println(file + ":" + (e.line() > 0 ? e.line() + ":" : "") + " " + e.reason());
            return null;
        }
    }

    @Command(name = "check", description = "Validate a rule file; prints the line and reason of the first problem.")
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            return validate(file) == null ? 2 : 0;
        }
    }

    @Command(name = "apply", description = "Validate a rule file and publish it to newsmon.rules; alert-service uses it at once, no restart.")
    static final class Apply implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            if (validate(file) == null) {
                System.err.println("Not published: the rules in force stay in force.");
                return 2;
            }
            NewsmonConfig config = withLocalBroker(NewsmonConfig.fromEnvironment());
            NewsmonTopics topics = NewsmonTopics.from(config);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    KafkaClientConfigs.producer(config, "newsmon-rules-apply"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(topics.rules().name(), "rules", Files.readString(file, StandardCharsets.UTF_8))).get();
            }
            System.out.println("Published to " + topics.rules().name() + " at " + config.string(Setting.KAFKA_BOOTSTRAP_SERVERS));
            return 0;
        }
    }

    /** Without KAFKA_BOOTSTRAP_SERVERS, the broker `newsmon up` runs on the same data directory. */
    static NewsmonConfig withLocalBroker(NewsmonConfig config) {
        if (config.hasExternalKafka()) {
            return config;
        }
        String address = LocalKafka.lastAddress(config.path(Setting.NEWSMON_DATA_DIR)).orElseThrow(() ->
                new IllegalStateException("No Kafka to talk to: set KAFKA_BOOTSTRAP_SERVERS or start `./newsmon up` first"));
        return config.with(Setting.KAFKA_BOOTSTRAP_SERVERS, address);
    }
}
