package dev.plimsoll.rules.context;

import dev.plimsoll.context.BuildContext;
import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpansionException;
import dev.plimsoll.dockerfile.instruction.ExpansionResult;
import dev.plimsoll.dockerfile.instruction.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sources a COPY or ADD reads from the build context, as BuildKit resolves them: variables
 * expanded, the path cleaned and taken from the context's root (a leading {@code /} or {@code ..}
 * cannot leave it). {@code COPY --from}, URLs, git sources and heredocs read no context file.
 */
final class ContextSources {
  /** One source: as written, and the cleaned path relative to the context. */
  record Source(String written, String path) {
    boolean wildcard() {
      return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0;
    }
  }

  private ContextSources() {}

  /** The context sources of {@code ins}, or none when it is not a COPY or ADD of the context. */
  static List<Source> of(Instruction ins, Dockerfile file) {
    List<String> written;
    if (ins instanceof Copy copy && copy.from().isEmpty()) {
      written = copy.sources();
    } else if (ins instanceof Add add) {
      written = add.sources();
    } else {
      return List.of();
    }
    List<Source> out = new ArrayList<>();
    for (String w : written) {
      if (w.startsWith("<<") || w.contains("://") || w.startsWith("git@")) {
        continue;
      }
      expand(file, ins, w).ifPresent(p -> out.add(new Source(w, p)));
    }
    return out;
  }

  /** The cleaned path; empty when a variable has no value, since the path is then a guess. */
  private static Optional<String> expand(Dockerfile file, Instruction ins, String word) {
    ExpansionResult r;
    try {
      r = file.expand(word, ins);
    } catch (ExpansionException e) {
      return Optional.empty();
    }
    if (!r.unmatched().isEmpty() || r.value().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(BuildContext.sourcePath(r.value()));
  }
}
