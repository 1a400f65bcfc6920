package dev.plimsoll.rules.context;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import dev.plimsoll.dockerfile.syntax.DockerfileSyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * The paths a Dockerfile's COPY and ADD read from its build context, resolved as
 * copy-source-missing resolves them; {@code plimsoll check} uses them to guess which folder is the
 * context.
 */
public final class ContextSourcePaths {
  private ContextSourcePaths() {}

  /**
   * Cleaned paths relative to the context (wildcards kept); none when the text does not parse, as
   * the lint then reports the syntax error itself.
   */
  public static List<String> of(String name, String text) {
    Dockerfile file;
    try {
      file = Dockerfile.of(DockerfileParser.parse(name, text));
    } catch (DockerfileSyntaxException | RuntimeException e) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Instruction ins : file.instructions()) {
      for (ContextSources.Source s : ContextSources.of(ins, file)) {
        out.add(s.path());
      }
    }
    return out;
  }
}
