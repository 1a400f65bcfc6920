package dev.plimsoll.compose.model;

import dev.plimsoll.compose.yaml.Position;

/**
 * One of a service's {@code env_file}s.
 *
 * @param path the absolute path
 * @param required false when {@code required: false} lets the file be missing
 */
public record EnvFile(String path, boolean required, Position pos) {}
