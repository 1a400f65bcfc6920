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
   * An image reference in the normalized form BuildKit resolves it in ({@code
   * docker.io/library/alpine:latest}), so that two spellings of one image make one key: BuildKit
   * keys a FROM on the image it resolves, not on the text (observed: {@code local/busybox} and
   * {@code docker.io/local/busybox:latest} share the cache). Follows distribution/reference's
   * ParseNormalizedNamed and TagNameOnly; anything else ({@code scratch}, a malformed name) is kept
   * as written.
   */
  static String image(String ref) {
    if (ref.equals("scratch") || ref.isEmpty()) {
      return ref;
    }
    String rest = ref;
    String digest = "";
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at);
      rest = rest.substring(0, at);
    }
    String tag = "";
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon);
      rest = rest.substring(0, colon);
    }
    if (rest.isEmpty()) {
      return ref;
    }
    String domain = "docker.io";
    String path = rest;
    int slash = rest.indexOf('/');
    if (slash > 0) {
      String first = rest.substring(0, slash);
      boolean isDomain =
          first.contains(".")
              || first.contains(":")
              || first.equals("localhost")
              || !first.equals(first.toLowerCase(java.util.Locale.ROOT));
      if (isDomain) {
        domain = first.equals("index.docker.io") ? "docker.io" : first;
        path = rest.substring(slash + 1);
      }
    }
    if (domain.equals("docker.io") && path.indexOf('/') < 0) {
      path = "library/" + path;
    }
    if (tag.isEmpty() && digest.isEmpty()) {
      tag = ":latest";
    }
    return domain + "/" + path + tag + digest;
  }

  /** {@code path} resolved against the folder {@code dir}, cleaned: BuildKit's path.Join. */
  static String resolve(String dir, String path) {
    String joined = path.startsWith("/") ? path : dir + "/" + path;
    String clean = DockerIgnore.clean(joined);
    return clean.startsWith("/") ? clean : "/" + clean;
  }
}
