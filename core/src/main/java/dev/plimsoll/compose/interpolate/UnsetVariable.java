package dev.plimsoll.compose.interpolate;

import dev.plimsoll.compose.yaml.Position;

/**
 * A variable used without a default while it was not set: compose warns "The X variable is not set.
 * Defaulting to a blank string."
 *
 * @param name the variable
 * @param pos where the value that uses it starts
 * @param path where in the model, e.g. {@code services.web.image}
 */
public record UnsetVariable(String name, Position pos, String path) {}
