package dev.newsmon.kafka.config;

/**
 * Every environment variable newsmon reads, with its default. Besides these, any {@code KAFKA_*}
 * variable is passed to the Kafka clients ({@code KAFKA_SECURITY_PROTOCOL} becomes
 * {@code security.protocol}). The README's configuration table lists the same names.
 */
public enum Setting {
    KAFKA_BOOTSTRAP_SERVERS("", "Kafka cluster to use; empty starts newsmon's own local broker (`up`, `bench`)"),
    NEWSMON_DATA_DIR(".newsmon", "Where the local broker's log and the Streams state live"),
    NEWSMON_CONFIG_FILE("", "Optional properties file with any of these keys; environment variables win"),
    NEWSMON_HTTP_HOST("127.0.0.1", "Address the HTTP servers bind to (0.0.0.0 in containers)"),
    INGEST_HTTP_PORT("8080", "ingest-service HTTP port"),
    ENRICH_HTTP_PORT("8081", "enrich-service HTTP port"),
    ALERT_HTTP_PORT("8082", "alert-service HTTP port"),
    NEWSMON_PARTITIONS("3", "Partitions of each topic newsmon creates"),
    NEWSMON_REPLICATION_FACTOR("1", "Replication factor of each topic newsmon creates (3 on a real cluster)"),
    NEWSMON_CREATE_TOPICS("true", "Create missing topics at start-up"),
    TOPIC_RAW("news.raw", "Accepted news items"),
    TOPIC_ENRICHED("news.enriched", "Items with actors, topics and evidence"),
    TOPIC_ALERTS("news.alerts", "Alerts"),
    TOPIC_DEAD_LETTER("news.dead-letter", "Records that could not be processed, with the reason in headers"),
    TOPIC_PER_TOPIC_PREFIX("news.topic.", "Prefix of the per-topic topics (news.topic.military-withdrawal, …)"),
    TOPIC_RULES("newsmon.rules", "Compacted topic holding the alert rules in force"),
    TOPIC_ACKS("newsmon.acks", "Compacted topic of analysts' acknowledgements"),
    STREAMS_NUM_THREADS("1", "Stream threads per Streams service instance"),
    STREAMS_COMMIT_INTERVAL_MS("100", "Transaction commit interval; bounds end-to-end latency under exactly-once"),
    ENRICH_APPLICATION_ID("newsmon-enrich", "Kafka Streams application.id of enrich-service"),
    ALERT_APPLICATION_ID("newsmon-alert", "Kafka Streams application.id of alert-service"),
    INGEST_MAX_REQUEST_BYTES("8388608", "Largest request body POST /items accepts"),
    INGEST_MAX_BODY_CHARS("200000", "Longest item body accepted, in characters"),
    INGEST_DEDUP_CAPACITY("100000", "How many recent ids and content fingerprints ingest remembers to drop duplicates"),
    INGEST_FEED_URLS("", "Comma-separated RSS/Atom feed URLs that ingest-service polls"),
    INGEST_FEED_INTERVAL("PT5M", "How often each feed is polled (ISO-8601 duration)"),
    NEWSMON_ACTOR_FILES("", "Comma-separated extra knowledge-base files (your watchlists)"),
    NEWSMON_TOPIC_FILES("", "Comma-separated extra topic taxonomy files"),
    ALERT_RULES_FILE("", "Alert rules file loaded at start (rules published to newsmon.rules replace it)"),
    ALERT_GROUP_WINDOW("PT48H", "How long copies of a story join the same alert (ISO-8601 duration)"),
    ALERT_ESCALATE_SOURCES("3", "Independent sources within the window that raise an alert's severity"),
    ALERT_RECENT_LIMIT("500", "How many recent alerts GET /alerts keeps"),
    ALERT_WEBHOOK_URLS("", "Comma-separated webhook URLs that receive every alert"),
    ALERT_WEBHOOK_SECRET("", "HMAC-SHA256 key signing webhook deliveries (X-Newsmon-Signature)"),
    ALERT_WEBHOOK_FORMAT("json", "json, or slack for a Slack-compatible payload");

    private final String defaultValue;
    private final String description;

    Setting(String defaultValue, String description) {
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }
}
