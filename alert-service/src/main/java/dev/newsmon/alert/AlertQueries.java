package dev.newsmon.alert;

import dev.newsmon.core.model.Alert;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Reads alerts and acknowledgements from the topology's global tables, on whichever instance is asked. */
final class AlertQueries {

    private final KafkaStreams streams;

    AlertQueries(KafkaStreams streams) {
        this.streams = streams;
    }

    List<Alert> recent(int limit) {
        List<Alert> all = new ArrayList<>();
        ReadOnlyKeyValueStore<String, Alert> alerts = alerts();
        ReadOnlyKeyValueStore<String, String> acks = acks();
        try (KeyValueIterator<String, Alert> it = alerts.all()) {
            it.forEachRemaining(kv -> {
                if (kv.value != null) {
                    all.add(withAck(kv.value, acks));
                }
            });
        }
        all.sort(Comparator.comparingLong(Alert::lastSeen).reversed().thenComparing(Alert::id));
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    Optional<Alert> byId(String id) {
        return Optional.ofNullable(alerts().get(id)).map(a -> withAck(a, acks()));
    }

    Optional<String> ack(String id) {
        return Optional.ofNullable(acks().get(id));
    }

    private static Alert withAck(Alert a, ReadOnlyKeyValueStore<String, String> acks) {
        boolean acked = acks.get(a.id()) != null;
        if (acked == a.acknowledged()) {
            return a;
        }
        return new Alert(a.id(), a.kind(), a.mode(), a.severity(), a.actor(), a.actorName(), a.place(), a.quantities(),
                a.deadline(), a.title(), a.evidence(), a.sources(), a.itemIds(), a.count(), a.reason(), a.history(),
                a.firstSeen(), a.lastSeen(), acked);
    }

    private ReadOnlyKeyValueStore<String, Alert> alerts() {
        return streams.store(StoreQueryParameters.fromNameAndType(AlertTopology.ALERTS_VIEW, QueryableStoreTypes.keyValueStore()));
    }

    private ReadOnlyKeyValueStore<String, String> acks() {
        return streams.store(StoreQueryParameters.fromNameAndType(AlertTopology.ACKS_VIEW, QueryableStoreTypes.keyValueStore()));
    }
}
