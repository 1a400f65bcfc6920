package dev.plimsoll.rules.context;

import dev.plimsoll.context.BuildContext;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the Dockerfile's COPY and ADD send that should stay out of the build: entries inside a
 * copied folder (or under {@code COPY .}). BuildKit transfers only what COPY and ADD read, so an
 * unwanted folder that no COPY reaches costs nothing, and one named by its own path is wanted.
 *
 * @param at the first instruction that sends any of them
 * @param entries what is sent and should not be
 */
record UnwantedSent(Instruction at, List<BuildContext.Unexcluded> entries) {
  private static final int NAMED = 5;

  static Optional<UnwantedSent> find(Dockerfile file, BuildContext ctx) {
    Instruction first = null;
    Set<BuildContext.Unexcluded> found = new LinkedHashSet<>();
    for (Instruction ins : file.instructions()) {
      for (ContextSources.Source s : ContextSources.of(ins, file)) {
        if (s.wildcard()) {
          continue;
        }
        List<BuildContext.Unexcluded> within = ctx.shouldExcludeWithin(s.path());
        if (!within.isEmpty() && first == null) {
          first = ins;
        }
        found.addAll(within);
      }
    }
    return first == null
        ? Optional.empty()
        : Optional.of(new UnwantedSent(first, new ArrayList<>(found)));
  }

  /** What is sent, e.g. {@code .git (1,204 files, 12.3 MB, version control data), .env (…)}. */
  String described() {
    List<String> parts = new ArrayList<>();
    for (BuildContext.Unexcluded u : entries.subList(0, Math.min(NAMED, entries.size()))) {
      String size = BuildContext.humanBytes(u.bytes());
      parts.add(
          u.path()
              + (u.folder() ? "/ (" + files(u.files()) + ", " + size : " (" + size)
              + ", "
              + u.kind().description()
              + ")");
    }
    if (entries.size() > NAMED) {
      parts.add("and " + (entries.size() - NAMED) + " more");
    }
    return String.join(", ", parts);
  }

  private static String files(long n) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "file" : "files");
  }

  /** The lines to add to the ignore file. */
  String patterns() {
    return String.join(", ", entries.stream().map(BuildContext.Unexcluded::pattern).toList());
  }
}
