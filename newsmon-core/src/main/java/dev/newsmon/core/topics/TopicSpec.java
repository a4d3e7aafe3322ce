package dev.newsmon.core.topics;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.ArrayList;
import java.util.List;

/** One topic as written in a taxonomy file (see {@code kb/topics.yaml}). */
public final class TopicSpec {
    public String id;
    public String name;
    public String description;
    public double min_score = 0.5;
    public List<Cue> cues = new ArrayList<>();
    /**
     * Words that must also occur somewhere in the item for the topic to count (empty: no condition): a
     * "withdrawal" is military news only where troops, forces or a mission are spoken of.
     */
    public List<Cue> context = new ArrayList<>();
    /**
     * WITHDRAWAL or DEADLINE: the topic is given by the alert detector, not by cues — an item carries it
     * exactly when a detection of that kind was found in it, with the detections' triggers as evidence,
     * so that the topic and the alerts agree by construction.
     */
    public String detections;
    /** When true in a user file, removes the built-in topic with this id. */
    public boolean remove;

    public static final class Cue {
        public String phrase;
        public double weight = 1.0;

        public Cue() {}

        /** A bare string in YAML is a cue of weight 1. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Cue of(String phrase) {
            Cue c = new Cue();
            c.phrase = phrase;
            return c;
        }
    }

    public static final class File {
        public List<TopicSpec> topics = new ArrayList<>();
    }
}
