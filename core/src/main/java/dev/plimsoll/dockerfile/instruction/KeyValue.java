package dev.plimsoll.dockerfile.instruction;

/**
 * One pair of an ENV or LABEL.
 *
 * @param key as written
 * @param value as written, quotes kept (BuildKit removes them when it expands)
 * @param legacy true for the old space-separated form {@code ENV key value}
 */
public record KeyValue(String key, String value, boolean legacy) {}
