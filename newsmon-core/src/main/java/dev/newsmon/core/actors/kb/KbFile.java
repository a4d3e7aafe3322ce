package dev.newsmon.core.actors.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The top level of a knowledge-base YAML file. All sections optional. */
public final class KbFile {
    /** Title key → the words that name it ("secretary-general" → [Secretary General, chief, …]). */
    public Map<String, List<String>> titles = new LinkedHashMap<>();
    /** Actor type → generic definite descriptions ("ARMED_GROUP" → [militant group, …]). */
    public Map<String, List<String>> descriptors = new LinkedHashMap<>();
    public List<ActorSpec> actors = new ArrayList<>();
}
