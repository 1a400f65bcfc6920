package dev.plimsoll.compose.model;

import dev.plimsoll.compose.yaml.Position;
import java.util.Optional;

/**
 * One variable of a service's {@code environment}.
 *
 * @param value none when only the name is given and the project's variables lack it (the engine
 *     then leaves it unset)
 * @param bare written as a bare name ({@code - NAME}, {@code NAME:}): the value, if any, is the
 *     project's variable of that name (the shell's, else {@code .env}'s), not text of the compose
 *     file
 */
public record EnvVar(String name, Optional<String> value, Position pos, boolean bare) {
  /** A bare name and where its value stands in the tree, which a later file's value replaces. */
  public record BareName(String name, Position pos) {}
}
