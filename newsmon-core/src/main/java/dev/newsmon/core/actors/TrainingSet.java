package dev.newsmon.core.actors;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.zip.CRC32C;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The sentences a sequence model was trained on, kept beside the model as 32-bit hashes of their text, so that
 * an evaluation can say how many of the sentences it scores the model has already seen (figures on those
 * overstate its quality). A hash can collide: at 26,000 sentences an unseen one is taken for a seen one about
 * once in 165,000.
 */
public final class TrainingSet {

    private static final int MAGIC = 0x4e4d5453; // "NMTS"
    private final int[] hashes;

    private TrainingSet(int[] sortedDistinct) {
        this.hashes = sortedDistinct;
    }

    public static TrainingSet of(Collection<String> sentences) {
        return new TrainingSet(sentences.stream().mapToInt(TrainingSet::hash).sorted().distinct().toArray());
    }

    public boolean contains(String sentence) {
        return Arrays.binarySearch(hashes, hash(sentence)) >= 0;
    }

    public int size() {
        return hashes.length;
    }

    /** Where the training set of a model file is kept: {@code actors-ner.bin.gz} → {@code actors-ner.trained.gz}. */
    public static String besideModel(String modelName) {
        return (modelName.endsWith(".bin.gz") ? modelName.substring(0, modelName.length() - ".bin.gz".length()) : modelName)
                + ".trained.gz";
    }

    public static Path besideModel(Path model) {
        return model.resolveSibling(besideModel(model.getFileName().toString()));
    }

    public void write(OutputStream raw) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
            out.writeInt(MAGIC);
            out.writeInt(hashes.length);
            for (int h : hashes) {
                out.writeInt(h);
            }
        }
    }

    public static TrainingSet read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a newsmon training set");
            }
            int n = in.readInt();
            if (n < 0 || n > 100_000_000) {
                throw new IOException("bad training set size " + n);
            }
            int[] hs = new int[n];
            for (int i = 0; i < n; i++) {
                hs[i] = in.readInt();
            }
            return new TrainingSet(hs);
        }
    }

    private static int hash(String sentence) {
        CRC32C crc = new CRC32C();
        crc.update(sentence.strip().getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }
}
