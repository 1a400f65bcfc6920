package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;
import java.util.List;

/** {@code EXPOSE port[/protocol] ...}. */
public record Expose(Node node, List<String> ports) implements Instruction {
  public Expose {
    ports = List.copyOf(ports);
  }
}
