package dev.newsmon.core.actors.ner;

import java.util.Arrays;

/**
 * The tokens of one text, as offsets, plus per-token hashes computed once and reused by the knowledge-base
 * matcher and the sequence tagger. A reusable buffer: {@link #reset(String)} refills it without allocating
 * (arrays only grow). Not thread-safe; keep one per thread.
 */
public final class Tokens {

    public String text = "";
    /** The text's characters (reused buffer; valid up to text.length()). */
    private char[] buf = new char[1024];
    public int n;
    public int[] start = new int[256];
    public int[] end = new int[256];
    /** 64-bit hash of the exact token characters. */
    public long[] exact = new long[256];
    /** 64-bit hash of the lower-cased token characters. */
    public long[] lower = new long[256];
    /** Word-shape hash (X, x, d, other; runs collapsed). */
    public int[] shape = new int[256];
    public int[] pre2 = new int[256], pre3 = new int[256], suf2 = new int[256], suf3 = new int[256], suf4 = new int[256];
    /** Bit flags, see the F_ constants. */
    public int[] flags = new int[256];

    public static final int F_CAP = 1, F_ALLCAP = 2, F_DIGIT = 4, F_HYPHEN = 8, F_DOT = 16, F_ALPHA = 32, F_LOWER = 64, F_UPPER = 128, F_FIRST = 256, F_NEWLINE = 512;

    private static final String[] ABBREV = {"Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Sen",
        "Rep", "Gov", "Jr", "Sr", "St", "Prof", "Adm", "Cmdr", "Brig", "Inc", "Corp", "Co", "Ltd", "Mt", "Ft", "Jan",
        "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Rev", "Pres", "Gov", "Messrs", "vs"};

    public void reset(String str) {
        text = str;
        int strLen = str.length();
        if (buf.length < strLen) {
            buf = new char[Math.max(strLen, buf.length * 2)];
        }
        str.getChars(0, strLen, buf, 0);
        char[] s = buf;
        n = 0;
        int len = strLen;
        int i = 0;
        while (i < len) {
            char c = s[i];
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c >= 128 && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                i++;
                continue;
            }
            if (letterOrDigit(c)) {
                int j = i + 1;
                boolean hasDot = false;
                while (j < len) {
                    char d = s[j];
                    if (letterOrDigit(d)) {
                        j++;
                        continue;
                    }
                    if (j + 1 < len && Character.isLetterOrDigit(s[j + 1])) {
                        if (d == '-' || d == '.' || d == '&') {
                            hasDot |= d == '.';
                            j++;
                            continue;
                        }
                        if (d == ',' && Character.isDigit(s[j - 1]) && Character.isDigit(s[j + 1])) {
                            j++;
                            continue;
                        }
                        if (d == '\'' || d == '\u2019') {
                            char e = s[j + 1];
                            boolean possessive = (e == 's' || e == 'S') && (j + 2 >= len || !Character.isLetterOrDigit(s[j + 2]));
                            boolean nt = (e == 't') && s[j - 1] == 'n';
                            if (!possessive && !nt) {
                                j++;
                                continue;
                            }
                        }
                    }
                    break;
                }
                if (j < len && s[j] == '.' && (hasDot || (j - i == 1 && Character.isUpperCase(c)) || isAbbrev(str, i, j))) {
                    j++;
                }
                add(i, j);
                i = j;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < len && (s[i + 1] == 's' || s[i + 1] == 'S')
                    && (i + 2 >= len || !Character.isLetterOrDigit(s[i + 2]))) {
                add(i, i + 2);
                i += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s[i + 1])) {
                add(i, i + 2);
                i += 2;
            } else {
                add(i, i + 1);
                i++;
            }
        }
        computeHashes();
    }

    private static boolean letterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isAbbrev(String s, int from, int to) {
        int len = to - from;
        if (len > 5) {
            return false;
        }
        for (String a : ABBREV) {
            if (a.length() == len && s.regionMatches(from, a, 0, len)) {
                return true;
            }
        }
        return false;
    }

    private void add(int s, int e) {
        if (n == start.length) {
            int cap = n * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            exact = Arrays.copyOf(exact, cap);
            lower = Arrays.copyOf(lower, cap);
            shape = Arrays.copyOf(shape, cap);
            pre2 = Arrays.copyOf(pre2, cap);
            pre3 = Arrays.copyOf(pre3, cap);
            suf2 = Arrays.copyOf(suf2, cap);
            suf3 = Arrays.copyOf(suf3, cap);
            suf4 = Arrays.copyOf(suf4, cap);
            flags = Arrays.copyOf(flags, cap);
        }
        start[n] = s;
        end[n] = e;
        n++;
    }

    /** Accumulated per token in computeHashes: a letter, an upper-case letter, a lower-case letter. */
    private static final int A_LETTER = 1 << 20, A_UPPER = 1 << 21, A_LOWER = 1 << 22;
    /** For ASCII characters: the lower-cased character, the shape class, the A_ and F_ bits. */
    private static final char[] ASCII_LOWER = new char[128];
    private static final byte[] ASCII_CLASS = new byte[128];
    private static final int[] ASCII_BITS = new int[128];

    static {
        for (char c = 0; c < 128; c++) {
            if (c >= 'A' && c <= 'Z') {
                ASCII_LOWER[c] = (char) (c + 32);
                ASCII_CLASS[c] = 1;
                ASCII_BITS[c] = A_LETTER | A_UPPER;
            } else if (c >= 'a' && c <= 'z') {
                ASCII_LOWER[c] = c;
                ASCII_CLASS[c] = 2;
                ASCII_BITS[c] = A_LETTER | A_LOWER;
            } else if (c >= '0' && c <= '9') {
                ASCII_LOWER[c] = c;
                ASCII_CLASS[c] = 3;
                ASCII_BITS[c] = F_DIGIT;
            } else {
                ASCII_LOWER[c] = c;
                ASCII_CLASS[c] = (byte) (4 + (c & 0x3f));
                ASCII_BITS[c] = c == '-' ? F_HYPHEN : c == '.' ? F_DOT : 0;
            }
        }
    }

    private void computeHashes() {
        char[] s = buf;
        for (int t = 0; t < n; t++) {
            int a = start[t], b = end[t];
            long he = 0xcbf29ce484222325L, hl = 0xcbf29ce484222325L;
            int sh = 17, lastCls = -1, fl = 0, shapeLen = 0;
            int acc = 0; // A_ bits and F_DIGIT / F_HYPHEN / F_DOT
            int p2 = 0, p3 = 0;
            int l1 = 0, l2 = 0, l3 = 0, l4 = 0; // the last four lower-cased characters (0 before the start)
            for (int k = a; k < b; k++) {
                char c = s[k];
                char lc;
                int cls;
                if (c < 128) {
                    lc = ASCII_LOWER[c];
                    cls = ASCII_CLASS[c];
                    acc |= ASCII_BITS[c];
                } else {
                    lc = Character.toLowerCase(c);
                    if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                        cls = 1;
                        acc |= A_LETTER | A_UPPER;
                    } else if (Character.isLetter(c)) {
                        cls = 2;
                        acc |= A_LETTER | A_LOWER;
                    } else if (Character.isDigit(c)) {
                        cls = 3;
                        acc |= F_DIGIT;
                    } else {
                        cls = 4 + (c & 0x3f);
                    }
                }
                he = (he ^ c) * 0x100000001b3L;
                hl = (hl ^ lc) * 0x100000001b3L;
                if (cls != lastCls || shapeLen < 2) {
                    if (cls != lastCls) {
                        shapeLen = 0;
                    }
                    sh = sh * 31 + cls;
                    shapeLen++;
                }
                lastCls = cls;
                int pos = k - a;
                if (pos < 2) {
                    p2 = p2 * 31 + lc;
                }
                if (pos < 3) {
                    p3 = p3 * 31 + lc;
                }
                l4 = l3;
                l3 = l2;
                l2 = l1;
                l1 = lc;
            }
            int len = b - a;
            // Polynomial hashes of the last 2, 3 and 4 lower-cased characters (fewer for shorter tokens).
            int s2 = l2 * 31 + l1;
            int s3 = l3 * 961 + s2;
            int s4 = l4 * 29791 + s3;
            fl |= acc & (F_DIGIT | F_HYPHEN | F_DOT);
            if ((acc & A_LETTER) != 0) {
                fl |= F_ALPHA;
                char c0 = s[a];
                if (c0 < 128 ? c0 >= 'A' && c0 <= 'Z' : Character.isUpperCase(c0)) {
                    fl |= F_CAP;
                }
                if ((acc & A_LOWER) == 0) {
                    fl |= F_ALLCAP;
                } else {
                    fl |= F_LOWER;
                }
                if ((acc & A_UPPER) != 0) {
                    fl |= F_UPPER;
                }
            }
            if (t > 0) {
                for (int g = end[t - 1]; g < a; g++) {
                    if (s[g] == '\n' || s[g] == '\r') {
                        fl |= F_FIRST | F_NEWLINE; // a line break: names do not run across it
                        break;
                    }
                }
            }
            if (t == 0) {
                fl |= F_FIRST;
            } else if (end[t - 1] - start[t - 1] == 1) {
                char p = s[start[t - 1]];
                if (p == '.' || p == '!' || p == '?' || p == '\n' || p == ':' || p == '"' || p == '\u201c') {
                    fl |= F_FIRST; // first token of a sentence (or of a quotation)
                }
            }
            exact[t] = he;
            lower[t] = hl;
            shape[t] = sh * 7 + Math.min(len, 6);
            pre2[t] = p2;
            pre3[t] = p3;
            suf2[t] = s2;
            suf3[t] = s3;
            suf4[t] = s4;
            flags[t] = fl;
        }
    }

    public String token(int i) {
        return text.substring(start[i], end[i]);
    }

    /** True when the text has letters and none of them are lower case (an all-caps headline). */
    public boolean allCapsText() {
        int letters = 0;
        for (int t = 0; t < n; t++) {
            if ((flags[t] & F_ALPHA) != 0) {
                letters++;
                if ((flags[t] & F_LOWER) != 0) {
                    return false;
                }
            }
        }
        return letters >= 2;
    }
}
