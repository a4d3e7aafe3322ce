package dev.newsmon.core.alerts;

import dev.newsmon.core.model.AlertMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The learned judgement on top of the rules: whether a candidate sentence is withdrawal language, with which
 * mode, and whether it states a time limit. Three small logistic regressions over {@link SentenceFeatures},
 * trained by {@link TrainAlertJudge} on the hand-labelled sentences; the rules' verdict is among the features,
 * so the model learns where to trust them. Immutable and thread-safe.
 */
public final class AlertJudge {

    static final String RESOURCE_DIR = "model/";
    static final String WITHDRAWAL = "alerts-withdrawal.txt.gz";
    static final String MODE = "alerts-mode.txt.gz";
    static final String DEADLINE = "alerts-deadline.txt.gz";
    static final String[] YES_NO = {"no", "yes"};
    static final String[] MODES = {"reported", "planned", "refused", "demanded", "conditional"};

    private final LinearModel withdrawal;
    private final LinearModel mode;
    private final LinearModel deadline;

    AlertJudge(LinearModel withdrawal, LinearModel mode, LinearModel deadline) {
        this.withdrawal = withdrawal;
        this.mode = mode;
        this.deadline = deadline;
    }

    /** The shipped models, or null when they are not on the class path (the rules then decide alone). */
    static AlertJudge shipped() {
        ClassLoader cl = AlertJudge.class.getClassLoader();
        try (InputStream w = cl.getResourceAsStream(RESOURCE_DIR + WITHDRAWAL);
             InputStream m = cl.getResourceAsStream(RESOURCE_DIR + MODE);
             InputStream d = cl.getResourceAsStream(RESOURCE_DIR + DEADLINE)) {
            if (w == null || m == null || d == null) {
                return null;
            }
            return new AlertJudge(LinearModel.read(w), LinearModel.read(m), LinearModel.read(d));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the alert models", e);
        }
    }

    double withdrawal(int[] features) {
        return withdrawal.probabilities(features)[1];
    }

    AlertMode mode(int[] features) {
        return AlertMode.valueOf(MODES[mode.best(features)].toUpperCase(java.util.Locale.ROOT));
    }

    double deadline(int[] features) {
        return deadline.probabilities(features)[1];
    }
}
