package dev.newsmon.core.model;

import java.util.List;

/**
 * An actor found in an item. {@code id} is the canonical id (a Wikidata id where known, else a stable
 * slug), or null for an actor that is not in the knowledge base. Every mention is listed, including
 * aliases, titles and descriptions resolved to the actor.
 */
public record ActorTag(String id, String name, ActorType type, List<Span> mentions) {}
