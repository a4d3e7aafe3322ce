package dev.newsmon.alert;

import dev.newsmon.core.model.Alert;
import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertMode;
import dev.newsmon.core.model.DeadlineRef;
import dev.newsmon.core.model.Evidence;
import dev.newsmon.core.model.Quantity;
import dev.newsmon.core.model.Span;
import java.util.List;

/** Alerts as the topology would emit them, for tests that produce straight to the alerts topic. */
public final class TestAlerts {

    private TestAlerts() {}

    /** A withdrawal alert whose evidence is {@code sentence} with {@code trigger} (a substring of it) as the trigger. */
    public static Alert alert(String id, String title, String sentence, String trigger, int count) {
        String body = "Preamble. " + sentence;
        int start = body.indexOf(sentence);
        int at = body.indexOf(trigger, start);
        Span s = Span.of("body", body, start, start + sentence.length());
        Span t = Span.of("body", body, at, at + trigger.length());
        Evidence evidence = new Evidence("item-" + id, "wire-a", title, s, t);
        return new Alert(id, AlertKind.WITHDRAWAL, AlertMode.PLANNED, "medium", "Q7184", "NATO", "Afghanistan",
                List.of(new Quantity(2500, "troops", "2,500")), new DeadlineRef("by May", "2021-05-01"), title,
                List.of(evidence), List.of("wire-a"), List.of("item-" + id), count, count == 1 ? "new" : "same story from another source",
                List.of(), 1_000L, 1_000L + count, false);
    }

    public static Alert alert(String id, int count) {
        return alert(id, "Alliance to withdraw", "The alliance will withdraw 2,500 troops from Afghanistan by May.", "withdraw", count);
    }
}
