package dev.newsmon.kafka.serde;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsmon.core.Json;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * JSON for one event type through newsmon's one {@link ObjectMapper}. Null passes through both ways
 * (tombstones); anything unreadable is a {@link SerializationException}, which the Streams services
 * route to the dead-letter topic.
 */
public final class JsonSerde<T> implements Serde<T> {

    private final Class<T> type;
    private final ObjectMapper mapper = Json.mapper();

    private JsonSerde(Class<T> type) {
        this.type = type;
    }

    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(type);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return mapper.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new SerializationException("Cannot write " + type.getSimpleName() + " as JSON", e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                T value = mapper.readValue(bytes, type);
                if (value == null) {
                    throw new SerializationException("JSON null is not a " + type.getSimpleName());
                }
                return value;
            } catch (JsonProcessingException e) {
                throw new SerializationException(
                        "Record on " + topic + " is not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new SerializationException("Record on " + topic + " cannot be read: " + e.getMessage(), e);
            }
        };
    }
}
