package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;
import java.util.List;

/** {@code ARG name[=default] ...}. */
public record Arg(Node node, List<ArgDefinition> definitions) implements Instruction {
  public Arg {
    definitions = List.copyOf(definitions);
  }
}
