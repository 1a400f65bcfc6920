package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;
import java.util.List;

/** {@code VOLUME path ...} or {@code VOLUME ["path", ...]}. */
public record Volume(Node node, List<String> paths) implements Instruction {
  public Volume {
    paths = List.copyOf(paths);
  }
}
