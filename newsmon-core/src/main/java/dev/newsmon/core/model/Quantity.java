package dev.newsmon.core.model;

/** A number of forces in a sentence: {@code {"value": 2500, "unit": "troops", "text": "2,500"}}. */
public record Quantity(long value, String unit, String text) {}
