package dev.newsmon.core;

/**
 * A file the user gave newsmon (an actor watchlist, a topic file) that cannot be used, with the file and the
 * place in it: the line where the YAML itself is wrong, the entry's id where one of its values is.
 */
public final class UserFileException extends IllegalArgumentException {

    public UserFileException(String message) {
        super(message);
    }
}
