package dev.plimsoll.context.cache;

import dev.plimsoll.context.DockerIgnore;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpansionException;
import dev.plimsoll.dockerfile.instruction.Instruction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/** Digests and path arithmetic for cache keys. */
final class Keys {
  private Keys() {}

  /** A step's key: the parent's key and every part, in order. */
  static String digest(Optional<String> parent, Map<String, String> parts) {
    MessageDigest md = sha256();
    md.update(parent.orElse("").getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, String> e : parts.entrySet()) {
      md.update((byte) 0);
      md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
      md.update((byte) 1);
      md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** The content key of selected files: their paths and identities. */
  static String files(Map<String, String> selection) {
    MessageDigest md = sha256();
    for (Map.Entry<String, String> e : selection.entrySet()) {
      md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
      md.update((byte) '\n');
    }
    return selection.size() + ":" + HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** {@code word} expanded in the instruction's scope; as written when expansion fails. */
  static String expand(Dockerfile df, Instruction ins, String word) {
    try {
      return df.expand(word, ins).value();
    } catch (ExpansionException e) {
      return word;
    }
  }

  /**
   * A COPY source as a path of the context: cleaned, and kept inside it (a leading {@code /} or
   * {@code ..} cannot leave the context, as BuildKit resolves it).
   */
  static String contextPath(String source) {
    String path = DockerIgnore.clean(source);
    while (path.startsWith("/") || path.startsWith("../")) {
      path = path.substring(path.indexOf('/') + 1);
    }
    return path.isEmpty() || path.equals("..") ? "." : path;
  }

  /** {@code path} resolved against the folder {@code dir}, cleaned: BuildKit's path.Join. */
  static String resolve(String dir, String path) {
    String joined = path.startsWith("/") ? path : dir + "/" + path;
    String clean = DockerIgnore.clean(joined);
    return clean.startsWith("/") ? clean : "/" + clean;
  }
}
