package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;
import java.util.Optional;

/**
 * {@code FROM [--platform=P] image [AS name]}.
 *
 * @param image the image reference as written (may hold {@code $VAR}s, expanded with global ARGs)
 * @param stageName the {@code AS} name as written, if any
 */
public record From(Node node, Flags flags, String image, Optional<String> stageName)
    implements Instruction {

  /** True for {@code FROM scratch}, the empty base. */
  public boolean isScratch() {
    return image.equalsIgnoreCase("scratch");
  }
}
