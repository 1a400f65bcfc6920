package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;
import java.util.Locale;

/**
 * One typed Dockerfile instruction. Each keeps the syntax {@link Node} it came from, so positions
 * and the original text are never lost. Values are as written: where BuildKit expands variables,
 * {@link Dockerfile#variablesAt(Instruction)} gives the scope to expand them in.
 */
public sealed interface Instruction
    permits Add,
        Arg,
        Cmd,
        Copy,
        Entrypoint,
        Env,
        Expose,
        From,
        Healthcheck,
        Label,
        Maintainer,
        Onbuild,
        Run,
        Shell,
        Stopsignal,
        User,
        Volume,
        Workdir {

  Node node();

  /** The flags given to the instruction; empty for instructions that take none. */
  default Flags flags() {
    return Flags.NONE;
  }

  /** The canonical upper-case keyword, e.g. {@code RUN}. */
  default String keyword() {
    return node().keyword().toUpperCase(Locale.ROOT);
  }

  default int line() {
    return node().startLine();
  }

  default int endLine() {
    return node().endLine();
  }
}
