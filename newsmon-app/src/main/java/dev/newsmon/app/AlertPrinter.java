package dev.newsmon.app;

import dev.newsmon.core.model.Alert;
import dev.newsmon.core.model.Evidence;
import dev.newsmon.core.model.Quantity;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Prints alerts on the terminal of {@code newsmon up}: new ones in full, updates as one line. */
final class AlertPrinter implements Consumer<Alert> {

    private final PrintStream out;
    private final boolean color;

    AlertPrinter(PrintStream out, boolean color) {
        this.out = out;
        this.color = color;
    }

    @Override
    public void accept(Alert a) {
        String who = a.actorName() != null ? a.actorName() : a.actor() != null ? a.actor() : "unattributed";
        if (a.reason().startsWith("grouped")) {
            out.println("  ↳ " + a.kind() + " " + who + ": " + a.reason() + " (" + a.id() + ")");
            return;
        }
        List<String> facts = new ArrayList<>();
        if (a.mode() != null) {
            facts.add(a.mode().wireName());
        }
        facts.add(who);
        if (a.place() != null) {
            facts.add(a.place());
        }
        for (Quantity q : a.quantities()) {
            facts.add(q.value() + " " + q.unit());
        }
        if (a.deadline() != null) {
            facts.add("deadline " + a.deadline().text() + (a.deadline().date() != null ? " = " + a.deadline().date() : ""));
        }
        facts.add(a.severity());
        String head = "ALERT " + a.kind() + " · " + String.join(" · ", facts) + "  [" + a.reason() + ", " + a.sources().size() + " source(s), " + a.id() + "]";
        out.println(color ? "\u001b[1;31m" + head + "\u001b[0m" : head);
        for (Evidence e : a.evidence().subList(0, Math.min(3, a.evidence().size()))) {
            out.println("    “" + highlight(e) + "” — " + e.itemId());
        }
    }

    private String highlight(Evidence e) {
        String s = e.sentence().text();
        int from = e.trigger().start() - e.sentence().start();
        int to = e.trigger().end() - e.sentence().start();
        if (from < 0 || to > s.length() || from >= to) {
            return s;
        }
        String open = color ? "\u001b[1;33m" : "[";
        String close = color ? "\u001b[0m" : "]";
        return s.substring(0, from) + open + s.substring(from, to) + close + s.substring(to);
    }
}
