package dev.newsmon.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads the YAML files users write (actors, topics) strictly: an unknown key is an error, named with its line. */
public final class YamlFiles {

    /** Largest file accepted, in code points (SnakeYAML's default of 3 M would refuse a big watchlist). */
    public static final int MAX_FILE_CODE_POINTS = 64 * 1024 * 1024;

    private YamlFiles() {}

    public static ObjectMapper mapper() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_FILE_CODE_POINTS);
        return new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * The file as {@code type}, or null when it is empty; {@code topKeys} names the expected top-level keys
     * for the message when the file is not a mapping.
     */
    public static <T> T read(InputStream in, String source, Class<T> type, String topKeys) throws IOException {
        byte[] bytes = in.readAllBytes();
        if (isBlank(bytes)) {
            return null;
        }
        try {
            return mapper().readValue(bytes, type);
        } catch (UnrecognizedPropertyException e) {
            throw new UserFileException(source + ": " + where(e) + "unknown key \"" + e.getPropertyName() + "\" (known keys: "
                    + String.join(", ", e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()) + ")");
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage();
            Throwable c = e;
            while (c != null && !(c instanceof CharConversionException)) {
                c = c.getCause();
            }
            if (c != null || reason.contains("CharConversionException: ")) {
                reason = "not UTF-8 text (" + (c != null ? c.getMessage() : reason.substring(reason.indexOf("Exception: ") + 11)) + ")";
            } else if (e instanceof MismatchedInputException m && m.getPath().isEmpty()) {
                reason = "expected a YAML mapping with " + topKeys + " at the top";
            } else if (e instanceof MismatchedInputException m && reason.startsWith("Cannot coerce empty String")) {
                reason = "an empty entry in " + path(m);
            } else if (e instanceof MismatchedInputException m) {
                reason = "wrong kind of value at " + path(m) + " (" + reason.replaceAll(" \\(token `[^`]*`\\)", "") + ")";
            }
            throw new UserFileException(source + ": " + where(e) + reason);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The place in the document, as "actors[2].offices[0].title". */
    private static String path(MismatchedInputException e) {
        StringBuilder b = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : "line " + e.getLocation().getLineNr() + ": ";
    }
}
