package dev.newsmon.core.model;

/**
 * A time limit as written ({@code text}) and resolved ({@code date}: ISO-8601 date, or "YYYY-MM" where
 * the day is unknown, or null where it cannot be resolved, e.g. without a publication date).
 */
public record DeadlineRef(String text, String date) {}
