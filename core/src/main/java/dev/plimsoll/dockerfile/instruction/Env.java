package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;
import java.util.List;

/** {@code ENV key=value ...} or the old {@code ENV key value}. */
public record Env(Node node, List<KeyValue> pairs) implements Instruction {
  public Env {
    pairs = List.copyOf(pairs);
  }
}
