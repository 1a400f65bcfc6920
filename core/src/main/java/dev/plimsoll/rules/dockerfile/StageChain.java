package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stages an image is made of: a stage, the stage it is built {@code FROM}, and so on down to
 * the one that starts from an outside image (or {@code scratch}). What the final image holds is the
 * sum of their instructions, so rules about the runtime image read the whole chain.
 *
 * @param stages root first, the stage asked about last
 * @param image the root's image reference after ARG expansion; empty when a {@code --build-arg}
 *     decides it
 */
record StageChain(List<Stage> stages, Optional<String> image) {
  StageChain {
    stages = List.copyOf(stages);
  }

  static StageChain of(Dockerfile file, Stage stage) {
    List<Stage> chain = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    Stage s = stage;
    Optional<String> image;
    while (true) {
      chain.add(s);
      seen.add(s.index());
      image = FromArgs.expand(s.from(), file);
      Optional<Stage> parent =
          image.isPresent() ? file.stage(image.get(), s.index()) : Optional.empty();
      if (parent.isEmpty() || !seen.add(parent.get().index())) {
        break;
      }
      s = parent.get();
    }
    Collections.reverse(chain);
    return new StageChain(chain, image);
  }

  /** The chain of the stage the build produces (its target, else the last stage). */
  static StageChain ofRun(RuleContext ctx) {
    return of(ctx.dockerfile(), ctx.runStage());
  }

  /** The stage that starts from the outside image. */
  Stage root() {
    return stages.get(0);
  }

  /** The outside image, parsed, when known and not {@code scratch}. */
  Optional<KnownBaseImages.Image> base() {
    return image.flatMap(KnownBaseImages::parse);
  }

  /** True when the root is {@code FROM scratch}. */
  boolean scratch() {
    return image.filter(i -> i.equalsIgnoreCase("scratch")).isPresent();
  }

  /** Every instruction of the chain of one kind, root first. */
  <T extends Instruction> List<T> all(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Stage s : stages) {
      out.addAll(s.all(type));
    }
    return out;
  }

  /**
   * The chain's RUNs whose text names any of {@code words}: the others are never parsed, as {@link
   * RunScriptRule#programs} spares the parser long RUNs that cannot matter.
   */
  List<Run> runsMentioning(List<String> words) {
    List<Run> out = new ArrayList<>();
    for (Run run : all(Run.class)) {
      StringBuilder text = new StringBuilder(run.command().text());
      run.command().heredocs().forEach(h -> text.append('\n').append(h.content()));
      if (words.stream().anyMatch(w -> text.indexOf(w) >= 0)) {
        out.add(run);
      }
    }
    return out;
  }

  /** The last instruction of one kind in the chain: the one the image keeps. */
  <T extends Instruction> Optional<T> last(Class<T> type) {
    List<T> found = all(type);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
  }
}
