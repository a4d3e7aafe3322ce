package dev.newsmon.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {

    private static final String[] IDS = IntStream.range(0, 20_000).mapToObj(i -> "gmb-ner-" + i).toArray(String[]::new);

    @Test
    void testIsAboutAFifthAndNeverInTrain() {
        long test = 0;
        for (String id : IDS) {
            boolean isTest = Split.matches(id, "test");
            assertNotEquals(isTest, Split.matches(id, "train"), id);
            test += isTest ? 1 : 0;
        }
        double share = test / (double) IDS.length;
        assertTrue(share > 0.18 && share < 0.22, "test share " + share);
    }

    @Test
    void crossValidationFoldsPartitionTrainAndLeaveTestAlone() {
        for (String id : IDS) {
            int inFold = 0, inTrainOf = 0;
            for (int k = 0; k < 5; k++) {
                boolean held = Split.matches(id, "fold-" + k), trained = Split.matches(id, "train-fold-" + k);
                assertFalse(held && trained, id + " both held out and trained on in fold " + k);
                inFold += held ? 1 : 0;
                inTrainOf += trained ? 1 : 0;
            }
            boolean isTest = Split.matches(id, "test");
            assertEquals(isTest ? 0 : 1, inFold, id);
            assertEquals(isTest ? 0 : 4, inTrainOf, id);
        }
    }

    @Test
    void unknownSplitIsRejectedWithTheChoices() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Split.matches("x", "fold-5")).getMessage().contains("fold-K"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Split.matches("x", "validation")).getMessage().contains("train-fold-K"));
    }
}
