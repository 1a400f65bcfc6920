package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpansionException;
import dev.plimsoll.dockerfile.instruction.ExpansionResult;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.shell.Word;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Absolute Unix paths in the image, as instructions and RUN scripts name them. */
final class ImagePaths {
  private ImagePaths() {}

  /** {@code path} against the folder {@code base}, {@code .} and {@code ..} resolved. */
  static String resolve(String base, String path) {
    String joined = path.startsWith("/") ? path : base + "/" + path;
    Deque<String> parts = new ArrayDeque<>();
    for (String part : joined.split("/", -1)) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(part);
      }
    }
    return "/" + String.join("/", parts);
  }

  /** True when {@code path} is {@code dir} or lies under it. */
  static boolean within(String path, String dir) {
    return path.equals(dir) || dir.equals("/") || path.startsWith(dir + "/");
  }

  /** The last part of a path: {@code app.jar} for {@code build/app.jar/}. */
  static String baseName(String path) {
    String p = path;
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** {@code /app} for {@code /app/*}: a glob over a folder's entries stands for the folder. */
  static String trimGlob(String path) {
    return path.endsWith("/*") && path.length() > 2 ? path.substring(0, path.length() - 2) : path;
  }

  /**
   * The word's value when the file decides it: a literal, or a word whose only expansions are ARG
   * and ENV variables set with a value. Empty for command substitutions and shell variables.
   */
  static Optional<String> known(Dockerfile file, Instruction at, Word word) {
    if (word.literal().isPresent()) {
      return word.literal();
    }
    if (word.raw().contains("$(") || word.raw().contains("`")) {
      return Optional.empty();
    }
    try {
      ExpansionResult r = file.expand(word.raw(), at);
      return r.unmatched().isEmpty() ? Optional.of(r.value()) : Optional.empty();
    } catch (ExpansionException e) {
      return Optional.empty();
    }
  }
}
