package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;
import java.util.List;

/** {@code SHELL ["executable", "parameters"]}: always exec form. */
public record Shell(Node node, List<String> shell) implements Instruction {
  public Shell {
    shell = List.copyOf(shell);
  }
}
