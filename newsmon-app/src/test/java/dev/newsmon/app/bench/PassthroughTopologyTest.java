package dev.newsmon.app.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassthroughTopologyTest {

    @ParameterizedTest(name = "repartition={0}")
    @ValueSource(booleans = {false, true})
    void shouldCopyKeysValuesAndTimestampsByteForByte(boolean repartition) {
        Topology topology = PassthroughTopology.build("in", "out", repartition);
        assertEquals(repartition, topology.describe().toString().contains("passthrough-repartition"));

        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "pt-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, props)) {
            TestInputTopic<byte[], byte[]> in = driver.createInputTopic("in", new ByteArraySerializer(), new ByteArraySerializer());
            TestOutputTopic<byte[], byte[]> out = driver.createOutputTopic("out", new ByteArrayDeserializer(), new ByteArrayDeserializer());

            byte[] notJson = {(byte) 0xFF, 0, '{', '\n'};
            byte[] item = "{\"id\":\"a-1\",\"title\":\"T #1\",\"body\":\"Troops will leave.\"}".getBytes(StandardCharsets.UTF_8);
            Instant t1 = Instant.ofEpochMilli(1_700_000_000_000L);
            in.pipeInput(new TestRecord<>("k1".getBytes(StandardCharsets.UTF_8), item, t1));
            in.pipeInput(new TestRecord<>("k2".getBytes(StandardCharsets.UTF_8), notJson, t1.plusMillis(5)));

            var first = out.readRecord();
            assertArrayEquals("k1".getBytes(StandardCharsets.UTF_8), first.key());
            assertArrayEquals(item, first.value());
            assertEquals(t1, first.getRecordTime(), "the input timestamp travels on: latency is measured from it");
            var second = out.readRecord();
            assertArrayEquals(notJson, second.value(), "bytes are passed on without being parsed");
            assertEquals(t1.plusMillis(5), second.getRecordTime());
            assertTrue(out.isEmpty());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"app-1", "bench-x.pt-repartition"})
    void shouldNameTheRepartitionTopicAsStreamsDoes(String applicationId) {
        assertEquals(applicationId + "-passthrough-repartition", PassthroughTopology.repartitionTopic(applicationId));
        assertFalse(PassthroughTopology.build("a", "b", false).describe().toString().contains("repartition"));
    }
}
