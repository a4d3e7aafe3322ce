package dev.newsmon.core.alerts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multinomial logistic regression over hashed features (buckets from {@link SentenceFeatures.Sink}; binary: two classes), trained by
 * full-batch gradient descent with AdaGrad steps and L2, in a fixed order: the same data give the same
 * weights byte for byte. Small: a few thousand labelled sentences, 2^18 buckets per class.
 */
final class LinearModel {

    static final int BITS = 18;
    static final int MASK = (1 << BITS) - 1;

    final String[] classes;
    final float[][] weights;

    LinearModel(String[] classes) {
        this.classes = classes;
        this.weights = new float[classes.length][1 << BITS];
    }

    double[] probabilities(int[] x) {
        double[] z = new double[classes.length];
        for (int c = 0; c < classes.length; c++) {
            double sum = 0;
            for (int b : x) {
                sum += weights[c][b];
            }
            z[c] = sum;
        }
        return softmax(z);
    }

    /** Scores to probabilities, in place. */
    private static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return z;
    }

    int best(int[] x) {
        double[] p = probabilities(x);
        int b = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[b]) {
                b = c;
            }
        }
        return b;
    }

    /** Trains on {@code xs} with class indexes {@code ys}; {@code l2} per example and epoch. */
    static LinearModel train(String[] classes, List<int[]> xs, int[] ys, int epochs, double rate, double l2) {
        LinearModel m = new LinearModel(classes);
        int k = classes.length;
        int size = 1 << BITS;
        double[][] w = new double[k][size];
        double[][] g2 = new double[k][size];
        for (int e = 0; e < epochs; e++) {
            double[][] grad = new double[k][size];
            for (int i = 0; i < xs.size(); i++) {
                int[] x = xs.get(i);
                double[] z = new double[k];
                for (int c = 0; c < k; c++) {
                    double sum = 0;
                    for (int b : x) {
                        sum += w[c][b];
                    }
                    z[c] = sum;
                }
                softmax(z);
                for (int c = 0; c < k; c++) {
                    double err = z[c] - (ys[i] == c ? 1 : 0);
                    for (int b : x) {
                        grad[c][b] += err;
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                for (int b = 0; b < size; b++) {
                    double g = grad[c][b] / xs.size() + l2 * w[c][b];
                    if (g != 0) {
                        g2[c][b] += g * g;
                        w[c][b] -= rate * g / (Math.sqrt(g2[c][b]) + 1e-8);
                    }
                }
            }
        }
        for (int c = 0; c < k; c++) {
            for (int b = 0; b < size; b++) {
                m.weights[c][b] = (float) w[c][b];
            }
        }
        return m;
    }

    /** Text: the class names, then "class bucket weight" for every non-zero weight (gzipped). */
    void write(OutputStream out) throws IOException {
        try (PrintWriter p = new PrintWriter(new java.io.OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            p.println(String.join(" ", classes));
            for (int c = 0; c < classes.length; c++) {
                for (int b = 0; b < weights[c].length; b++) {
                    if (Math.abs(weights[c][b]) >= 1e-4f) {
                        p.println(c + " " + b + " " + String.format(Locale.ROOT, "%.5f", weights[c][b]));
                    }
                }
            }
        }
    }

    static LinearModel read(InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            LinearModel m = new LinearModel(r.readLine().trim().split(" "));
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.split(" ");
                m.weights[Integer.parseInt(p[0])][Integer.parseInt(p[1])] = Float.parseFloat(p[2]);
            }
            return m;
        }
    }
}
