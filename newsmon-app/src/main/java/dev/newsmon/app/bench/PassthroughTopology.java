package dev.newsmon.app.bench;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The bench's baseline: a Streams topology that copies records as bytes from one topic to another,
 * without parsing them, optionally through a repartition topic as alert-service's topology has. Run
 * under the same exactly-once settings as newsmon's services, two of them make a pipeline with
 * newsmon's hops and guarantees but none of its work.
 */
public final class PassthroughTopology {

    /** Name of the repartition step: the internal topic is {@code <application.id>-passthrough-repartition}. */
    public static final String REPARTITION_NAME = "passthrough";

    private PassthroughTopology() {}

    public static Topology build(String from, String to, boolean repartition) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<byte[], byte[]> stream = builder.stream(from, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()));
        if (repartition) {
            stream = stream.repartition(Repartitioned.with(Serdes.ByteArray(), Serdes.ByteArray()).withName(REPARTITION_NAME));
        }
        stream.to(to, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        return builder.build();
    }

    public static String repartitionTopic(String applicationId) {
        return applicationId + "-" + REPARTITION_NAME + "-repartition";
    }
}
