package dev.newsmon.core.eval;

/**
 * The deterministic train/test split of gold sentences: a sentence is in "test" when a hash of its id falls
 * in the lowest 20% of the hash range, else in "train"; "dev" is a tenth of the data inside "train" ("train-dev" is train without it). The same id is always in the same part.
 */
public final class Split {

    private Split() {}

    public static boolean isTest(String id) {
        return bucket(id) < 20;
    }

    /** A tenth of the data, inside "train", for choosing hyperparameters without looking at "test". */
    public static boolean isDev(String id) {
        int b = bucket(id);
        return b >= 20 && b < 30;
    }

    private static int bucket(String id) {
        int h = id.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return Integer.remainderUnsigned(h, 100);
    }

    /** Which of five cross-validation folds of "train" the sentence is in (-1 for "test"). */
    public static int fold(String id) {
        int b = bucket(id);
        return b < 20 ? -1 : (b - 20) / 16;
    }

    public static boolean matches(String id, String split) {
        if (split != null && split.matches("(train-)?fold-[0-4]")) {
            int k = split.charAt(split.length() - 1) - '0';
            int f = fold(id);
            return split.startsWith("train-") ? f >= 0 && f != k : f == k;
        }
        return switch (split == null ? "all" : split) {
            case "all" -> true;
            case "test" -> isTest(id);
            case "train" -> !isTest(id);
            case "dev" -> isDev(id);
            case "train-dev" -> !isTest(id) && !isDev(id);
            default -> throw new IllegalArgumentException("split must be all, train, test, dev, train-dev, fold-K or train-fold-K (K in 0..4): " + split);
        };
    }
}
