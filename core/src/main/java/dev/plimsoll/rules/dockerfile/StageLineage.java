package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Stage;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * How stages build on each other through {@code FROM earlier-stage}: a stage's image starts with
 * every layer of the stage it names, so what one of them left in a layer stays in the other.
 */
final class StageLineage {
  private StageLineage() {}

  /** The earlier stage that {@code stage} is built {@code FROM}, if it names one. */
  static Optional<Stage> parent(Dockerfile file, Stage stage) {
    return file.stage(stage.from().image(), stage.index());
  }

  /**
   * The indexes of the stages whose layers end up in the image the build makes: the stage it
   * produces (its target, else the last) and the stages it is built on, directly or not.
   */
  static Set<Integer> shipped(Dockerfile file, Stage run) {
    Set<Integer> out = new HashSet<>();
    if (file.stages().isEmpty()) {
      return out;
    }
    Optional<Stage> s = Optional.of(run);
    while (s.isPresent()) {
      out.add(s.get().index());
      s = parent(file, s.get());
    }
    return out;
  }
}
