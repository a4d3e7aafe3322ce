package dev.newsmon.alert;

import dev.newsmon.core.model.Alert;
import java.util.List;

/** The open alerts of one kind and actor, newest first, each with the word 3-grams of its story. */
public record StoryGroups(List<Group> groups) {

    public record Group(Alert alert, List<Integer> shingles) {}
}
