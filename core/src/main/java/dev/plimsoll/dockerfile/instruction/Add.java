package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Node;
import java.util.List;

/**
 * {@code ADD [--chown] [--chmod] [--link] [--checksum] [--keep-git-dir] src... dest}.
 *
 * @param sources as written: local paths, URLs, git references or {@code <<NAME} heredocs
 * @param destination as written
 */
public record Add(Node node, Flags flags, List<String> sources, String destination)
    implements Instruction {
  public Add {
    sources = List.copyOf(sources);
  }
}
