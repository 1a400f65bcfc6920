package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;
import java.util.List;
import java.util.Optional;

/**
 * {@code COPY [--from] [--chown] [--chmod] [--link] [--parents] [--exclude] src... dest}.
 *
 * @param sources as written; a heredoc source appears as its {@code <<NAME} word
 * @param destination as written
 */
public record Copy(Node node, Flags flags, List<String> sources, String destination)
    implements Instruction {
  public Copy {
    sources = List.copyOf(sources);
  }

  /** The stage or image named by {@code --from}, if any. */
  public Optional<String> from() {
    return flags.value("from");
  }
}
