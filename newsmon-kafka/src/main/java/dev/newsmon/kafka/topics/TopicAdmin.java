package dev.newsmon.kafka.topics;

import dev.newsmon.kafka.config.KafkaClientConfigs;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates newsmon's topics where missing and waits until every partition can take writes. */
public final class TopicAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {}

    /** The topics every deployment needs, plus one per news topic id. */
    public static List<NewTopic> standardTopics(NewsmonConfig config, NewsmonTopics topics, Collection<String> newsTopicIds) {
        int partitions = config.integer(Setting.NEWSMON_PARTITIONS);
        short replication = (short) config.integer(Setting.NEWSMON_REPLICATION_FACTOR);
        List<NewTopic> all = new ArrayList<>();
        for (String name : List.of(topics.raw().name(), topics.enriched().name(), topics.alerts().name(), topics.deadLetter().name())) {
            all.add(new NewTopic(name, partitions, replication));
        }
        for (String id : newsTopicIds) {
            all.add(new NewTopic(topics.forNewsTopic(id).name(), partitions, replication));
        }
        Map<String, String> compacted = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        all.add(new NewTopic(topics.rules().name(), 1, replication).configs(compacted));
        all.add(new NewTopic(topics.acks().name(), partitions, replication).configs(compacted));
        return all;
    }

    public static void ensure(NewsmonConfig config, List<NewTopic> wanted) {
        if (!config.bool(Setting.NEWSMON_CREATE_TOPICS)) {
            return;
        }
        try (Admin admin = Admin.create(KafkaClientConfigs.admin(config))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                for (var entry : admin.createTopics(missing).values().entrySet()) {
                    try {
                        entry.getValue().get(30, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e;
                        }
                    }
                }
                LOG.info("Created {} topics", missing.size());
            }
            awaitLeaders(admin, wanted.stream().map(NewTopic::name).toList(), Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create newsmon's topics: " + e.getMessage(), e);
        }
    }

    // Producing right after creation can stall idempotent producers (KAFKA-15591) until every partition has a leader.
    private static void awaitLeaders(Admin admin, List<String> names, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                described.values().forEach(d -> d.partitions().forEach(p ->
                        latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
                admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }
}
