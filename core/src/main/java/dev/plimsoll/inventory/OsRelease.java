package dev.plimsoll.inventory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The operating system, from {@code /etc/os-release} or {@code /usr/lib/os-release} (os-release(5):
 * {@code KEY=value} lines, values optionally quoted in shell style).
 *
 * @param id {@code ID}, e.g. {@code debian}, {@code alpine}; {@code linux} when not given, as
 *     os-release(5) says
 * @param versionId {@code VERSION_ID}, e.g. {@code 12}, {@code 3.19.1}
 * @param codename {@code VERSION_CODENAME}, e.g. {@code bookworm}
 * @param prettyName {@code PRETTY_NAME}
 */
public record OsRelease(
    String id, Optional<String> versionId, Optional<String> codename, Optional<String> prettyName) {

  /** The files that hold it, in the order os-release(5) reads them. */
  static final String ETC = "etc/os-release";

  static final String USR_LIB = "usr/lib/os-release";

  /** How much of the file is read: os-release files are a few hundred bytes. */
  static final int MAX_BYTES = 64 * 1024;

  /** The purl {@code distro} qualifier: {@code debian-12}, {@code alpine-3.19.1}. */
  public Optional<String> distro() {
    return versionId.map(v -> id + "-" + v);
  }

  static boolean isOsRelease(String path) {
    return path.equals(ETC) || path.equals(USR_LIB);
  }

  static OsRelease read(InputStream in) throws IOException {
    byte[] head = in.readNBytes(MAX_BYTES);
    Map<String, String> fields = new HashMap<>();
    BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(new java.io.ByteArrayInputStream(head), StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null) {
      int eq = line.indexOf('=');
      if (eq <= 0 || line.startsWith("#")) {
        continue;
      }
      fields.put(line.substring(0, eq).trim(), unquote(line.substring(eq + 1).trim()));
    }
    return new OsRelease(
        Optional.ofNullable(fields.get("ID")).filter(s -> !s.isEmpty()).orElse("linux"),
        value(fields, "VERSION_ID"),
        value(fields, "VERSION_CODENAME"),
        value(fields, "PRETTY_NAME"));
  }

  private static Optional<String> value(Map<String, String> fields, String key) {
    return Optional.ofNullable(fields.get(key)).filter(s -> !s.isEmpty());
  }

  /** Shell quoting as os-release(5) allows it: one pair of quotes, backslash escapes inside. */
  private static String unquote(String raw) {
    if (raw.length() >= 2
        && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')
        && raw.charAt(raw.length() - 1) == raw.charAt(0)) {
      String inner = raw.substring(1, raw.length() - 1);
      return raw.charAt(0) == '"' ? inner.replaceAll("\\\\(.)", "$1") : inner;
    }
    return raw;
  }
}
