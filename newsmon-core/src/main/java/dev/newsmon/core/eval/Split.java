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

    public static boolean matches(String id, String split) {
        return switch (split == null ? "all" : split) {
            case "all" -> true;
            case "test" -> isTest(id);
            case "train" -> !isTest(id);
            case "dev" -> isDev(id);
            case "train-dev" -> !isTest(id) && !isDev(id);
            default -> throw new IllegalArgumentException("split must be all, train, test, dev or train-dev: " + split);
        };
    }
}
