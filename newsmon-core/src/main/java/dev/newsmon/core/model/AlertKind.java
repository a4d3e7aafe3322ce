package dev.newsmon.core.model;

public enum AlertKind {
    WITHDRAWAL,
    DEADLINE
}
