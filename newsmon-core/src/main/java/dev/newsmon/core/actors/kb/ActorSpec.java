package dev.newsmon.core.actors.kb;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;

/** One actor as written in a knowledge-base file (see {@code kb/actors.yaml} for the format). */
public final class ActorSpec {

    /** The file the actor was read from, for error messages. */
    @JsonIgnore
    public String source;
    public String id;
    public String name;
    public String type;
    public List<String> aliases = new ArrayList<>();
    /** Adjectives/nationality words, e.g. "Afghan": mentions of the country as a modifier. */
    public List<String> demonyms = new ArrayList<>();
    /** COUNTRY only: the capital; "the government in &lt;capital&gt;" resolves to the country's government. */
    public String capital;
    /** Definite descriptions that refer to this actor when it is named in the article ("the alliance"). */
    public List<String> descriptors = new ArrayList<>();
    /** PERSON only: offices held, for titles such as "the NATO chief". */
    public List<OfficeSpec> offices = new ArrayList<>();
    /** Names that are also common words or other things (Chad, Jordan, Turkey): linked only when the tagger agrees. */
    public boolean ambiguous;
    /** Words whose presence in the article favour this actor over another with the same name. */
    public List<String> context = new ArrayList<>();
    /** A parent actor id (a government's country, a ministry's government), informational. */
    public String country;
    /** When true in a user file, removes the built-in actor with this id. */
    public boolean remove;

    public static final class OfficeSpec {
        /** A title key from the {@code titles} section, e.g. "president", "secretary-general". */
        public String title;
        /** The id of the country or organisation. */
        public String of;
        /** ISO dates, inclusive start, exclusive end; end null = still in office (as far as the KB knows). */
        public String from;
        public String to;
    }
}
