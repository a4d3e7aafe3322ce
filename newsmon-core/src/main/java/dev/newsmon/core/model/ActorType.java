package dev.newsmon.core.model;

public enum ActorType {
    PERSON,
    ORGANIZATION,
    GOVERNMENT,
    ARMED_GROUP,
    COUNTRY,
    LOCATION
}
