package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;
import java.util.List;

/** {@code LABEL key=value ...}. */
public record Label(Node node, List<KeyValue> pairs) implements Instruction {
  public Label {
    pairs = List.copyOf(pairs);
  }
}
