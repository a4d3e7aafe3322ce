package dev.newsmon.app.bench;

import java.net.URI;
import java.util.List;

/** A running pipeline the bench can feed over HTTP, read from at its end, and ask whether it is done. */
public interface PipelineUnderTest extends AutoCloseable {

    String name();

    /** Where items are posted (NDJSON). */
    URI itemsUrl();

    /** The topic at the end of the pipeline, read with read_committed for latency. */
    String outputTopic();

    /** Its Streams applications and their inputs, upstream first, for {@link ProcessedProbe}. */
    List<ProcessedProbe.Stage> stages();

    @Override
    void close();
}
