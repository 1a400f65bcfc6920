package dev.plimsoll.context.cache;

import dev.plimsoll.dockerfile.instruction.Instruction;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * One step of a build as BuildKit caches it: a FROM, RUN, COPY, ADD or WORKDIR (the instructions
 * that make a vertex; the others only change the configuration the later steps see).
 *
 * @param stageIndex the stage's 0-based position in the Dockerfile
 * @param stageLabel the stage as BuildKit's progress names it: its {@code AS} name, {@code stage-N}
 *     when unnamed in a multi-stage build, empty in a single-stage one
 * @param index 1-based position among the stage's steps, as in BuildKit's {@code [2/5]}
 * @param total how many steps the stage has
 * @param instruction the instruction
 * @param key the simulated cache key: a digest over the parent's key and every part
 * @param parent the key of the step this one builds on; empty for a FROM of an image
 * @param parts what enters the key besides the parent, by label ({@code instruction}, {@code env
 *     NAME}, {@code user}, {@code files SRC}, {@code stage N}, ...), in a stable order
 * @param reads for each {@code files ...} part, the files it covers, path to identity
 * @param stagesRead the stages this step reads from ({@code COPY --from}, {@code --mount from=})
 * @param result the key of the image state after the step, which the next step builds on: the
 *     step's key, except for {@code COPY --link}, whose layer is keyed without its parent and then
 *     placed on it (BuildKit 0.10+, Dockerfile 1.4+)
 */
public record CacheStep(
    int stageIndex,
    String stageLabel,
    int index,
    int total,
    Instruction instruction,
    String key,
    Optional<String> parent,
    Map<String, String> parts,
    Map<String, NavigableMap<String, String>> reads,
    List<Integer> stagesRead,
    String result) {

  public CacheStep {
    parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
    reads = Map.copyOf(reads);
    stagesRead = List.copyOf(stagesRead);
  }

  /** The instruction as written, continuation lines joined. */
  public String text() {
    return instruction.node().original().strip();
  }

  /** {@link #text()} on one line, at most {@code max} characters, for reports. */
  public String shortText(int max) {
    return StepChanges.shorten(text(), max);
  }

  public int line() {
    return instruction.line();
  }

  /** BuildKit's progress prefix, e.g. {@code [builder 2/5]} or {@code [3/4]}. */
  public String progressLabel() {
    // BuildKit pads the index to the width of the total: [ 1/11].
    String number =
        String.format(java.util.Locale.ROOT, "%" + Integer.toString(total).length() + "d", index);
    return "[" + (stageLabel.isEmpty() ? "" : stageLabel + " ") + number + "/" + total + "]";
  }

  /** Whether the step is a {@code COPY --link}, keyed without its parent. */
  public boolean linked() {
    return !result.equals(key);
  }

  public boolean isFrom() {
    return instruction instanceof dev.plimsoll.dockerfile.instruction.From;
  }
}
