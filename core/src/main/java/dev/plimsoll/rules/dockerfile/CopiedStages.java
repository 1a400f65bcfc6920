package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Stage;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The stages that a later {@code COPY --from} reads: build stages, whose own image nobody runs.
 * Computed in one pass over the file, so rules that ask it for every stage stay linear.
 */
final class CopiedStages {
  private CopiedStages() {}

  /** The indexes of the stages some later stage copies from. */
  static Set<Integer> of(Dockerfile file) {
    Set<Integer> copied = new HashSet<>();
    for (Instruction i : file.instructions()) {
      if (i instanceof Copy c && c.from().isPresent()) {
        Optional<Stage> self = file.stageOf(c);
        int before = self.map(Stage::index).orElse(0);
        c.from()
            .flatMap(f -> KnownValue.of(file, c, f))
            .map(KnownValue::unquote)
            .flatMap(ref -> file.stage(ref, before))
            .ifPresent(s -> copied.add(s.index()));
      }
    }
    return copied;
  }
}
