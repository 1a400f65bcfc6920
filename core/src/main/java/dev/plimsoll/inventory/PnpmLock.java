package dev.plimsoll.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code pnpm-lock.yaml}: the keys of {@code packages} name each resolved package, in a form that
 * changed with the lockfile version (pnpm's lockfile docs): v5 {@code /@scope/name/1.0.0_peer@2},
 * v6 {@code /@scope/name@1.0.0(peer@2)}, v9 {@code @scope/name@1.0.0}. A package resolved from a
 * tarball or git also carries {@code name} and {@code version}, which win.
 */
final class PnpmLock implements Cataloger {
  @Override
  public String name() {
    return "pnpm-lock";
  }

  @Override
  public boolean wants(String path, long size, int mode) {
    return (path.equals("pnpm-lock.yaml") || path.endsWith("/pnpm-lock.yaml"))
        && !path.contains("node_modules/");
  }

  @Override
  public List<FoundPackage> read(String path, InputStream content)
      throws BadInputException, IOException {
    JsonNode lock = Documents.yaml(content);
    if (lock == null || !lock.isObject()) {
      throw new BadInputException(path, "not a YAML mapping");
    }
    boolean v5 = lockfileVersion(lock) < 6;
    JsonNode packages = lock.path("packages");
    List<FoundPackage> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : packages.properties()) {
      String[] nameVersion = v5 ? v5Key(e.getKey()) : key(e.getKey());
      String name = Documents.text(e.getValue(), "name");
      String version = Documents.text(e.getValue(), "version");
      name = name.isEmpty() ? nameVersion[0] : name;
      version = version.isEmpty() ? nameVersion[1] : version;
      if (!name.isBlank() && !version.isBlank()) {
        out.add(NpmName.toPackage(name, version, path));
      }
    }
    return out;
  }

  private static double lockfileVersion(JsonNode lock) {
    try {
      return Double.parseDouble(Documents.text(lock, "lockfileVersion"));
    } catch (NumberFormatException e) {
      return 9; // an unknown version: assume the newest key form
    }
  }

  /** {@code /@scope/name@1.0.0(peer@2)} or {@code name@1.0.0}. */
  private static String[] key(String raw) {
    String k = raw.startsWith("/") ? raw.substring(1) : raw;
    int peers = k.indexOf('(');
    if (peers >= 0) {
      k = k.substring(0, peers);
    }
    int at = k.lastIndexOf('@');
    return at <= 0 ? new String[] {"", ""} : new String[] {k.substring(0, at), k.substring(at + 1)};
  }

  /**
   * {@code /@scope/name/1.0.0_peer@2}: the version is the last segment, up to any {@code _} (v5
   * writes a peer's own {@code /} as {@code +}, so the last {@code /} is the version's).
   */
  private static String[] v5Key(String raw) {
    String k = raw.startsWith("/") ? raw.substring(1) : raw;
    int slash = k.lastIndexOf('/');
    if (slash <= 0) {
      return new String[] {"", ""};
    }
    String version = k.substring(slash + 1);
    int underscore = version.indexOf('_');
    return new String[] {
      k.substring(0, slash), underscore >= 0 ? version.substring(0, underscore) : version
    };
  }
}
