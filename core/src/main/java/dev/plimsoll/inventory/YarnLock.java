package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code yarn.lock}, classic (v1, yarn's own syntax) and berry (v2+, YAML). Both are blocks whose
 * unindented header lists the specs they resolve ({@code "lodash@^4.17.15", lodash@^4.17.20:}),
 * with a {@code version} line two spaces in: {@code version "4.17.21"} in v1, {@code version:
 * 4.17.21} in berry. Berry also writes the resolution ({@code lodash@npm:4.17.21}) and lists the
 * project's own workspaces, which are not dependencies. Read line by line, which covers both
 * without a YAML parser for one and a hand parser for the other.
 */
final class YarnLock implements Cataloger {
  @Override
  public String name() {
    return "yarn.lock";
  }

  @Override
  public boolean wants(String path, long size, int mode) {
    return (path.equals("yarn.lock") || path.endsWith("/yarn.lock"))
        && !path.contains("node_modules/");
  }

  @Override
  public List<FoundPackage> read(String path, InputStream content)
      throws BadInputException, IOException {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
    List<FoundPackage> out = new ArrayList<>();
    String header = null;
    String version = "";
    String resolution = "";
    String line;
    while ((line = lines.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!line.startsWith(" ")) {
        add(header, version, resolution, path, out);
        header = line.endsWith(":") ? line.substring(0, line.length() - 1) : null;
        version = "";
        resolution = "";
      } else if (line.startsWith("  version") && !line.startsWith("   ")) {
        version = value(line.substring("  version".length()));
      } else if (line.startsWith("  resolution:")) {
        resolution = value(line.substring("  resolution:".length()));
      }
    }
    add(header, version, resolution, path, out);
    return out;
  }

  private static void add(
      String header, String version, String resolution, String path, List<FoundPackage> out) {
    if (header == null || version.isEmpty() || header.equals("__metadata")) {
      return;
    }
    if (resolution.contains("@workspace:")
        || resolution.contains("@link:")
        || resolution.contains("@portal:")) {
      return; // the project's own packages and local links
    }
    String spec = resolution.isEmpty() ? firstSpec(header) : resolution;
    String name = NpmName.ofSpec(spec);
    if (!name.isBlank()) {
      out.add(NpmName.toPackage(name, version, path));
    }
  }

  private static String firstSpec(String header) {
    String first = header.split(",", 2)[0].strip();
    return unquote(first);
  }

  /** {@code "4.17.21"}, {@code : 4.17.21} or {@code : "x"}: the value, without quotes. */
  private static String value(String rest) {
    String v = rest.strip();
    if (v.startsWith(":")) {
      v = v.substring(1).strip();
    }
    return unquote(v);
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
