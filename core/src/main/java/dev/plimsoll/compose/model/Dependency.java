package dev.plimsoll.compose.model;

import dev.plimsoll.compose.yaml.Position;

/**
 * One entry of {@code depends_on}, in the long syntax.
 *
 * @param condition service_started, service_healthy or service_completed_successfully
 */
public record Dependency(String service, String condition, boolean required, Position pos) {}
