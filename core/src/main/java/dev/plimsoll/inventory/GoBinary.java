package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Go binaries: the main module, its dependencies and the standard library, from the module
 * information that {@code go version -m} prints ({@link GoBuildInfo}). A {@code dep} line followed
 * by a {@code =>} line was replaced: the replacement, when it has a version, is what was built; a
 * replacement by a local folder has none ({@code (devel)}), and the dependency keeps its required
 * version, the one advisories about it would name. The standard library is {@code stdlib} at the
 * toolchain's version. Versions are written as Go modules write them, {@code v1.2.3}, the standard
 * library's too ({@code go1.19.8} becomes {@code v1.19.8}).
 */
final class GoBinary implements Cataloger {
  private static final int EXECUTABLE = 0111;
  private static final long MIN_SIZE = 1024;

  /** The version Go gives a module built from a folder rather than a module version. */
  private static final String DEVEL = "(devel)";

  @Override
  public String name() {
    return "go";
  }

  @Override
  public boolean wants(String path, long size, int mode) {
    return (mode & EXECUTABLE) != 0 && size >= MIN_SIZE;
  }

  /** Read as a stream; the bound is the work of one pass over the largest real binaries. */
  @Override
  public long maxBytes() {
    return 1024L * 1024 * 1024;
  }

  @Override
  public List<FoundPackage> read(String path, InputStream content)
      throws BadInputException, IOException {
    Optional<GoBuildInfo.Info> info = GoBuildInfo.read(content);
    return info.isEmpty() ? List.of() : packages(info.get(), path);
  }

  static List<FoundPackage> packages(GoBuildInfo.Info info, String path) {
    List<FoundPackage> out = new ArrayList<>();
    String[] last = null;
    for (String line : info.modinfo().split("\n", -1)) {
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "mod", "dep" -> {
          add(last, path, out);
          last = f.length >= 3 ? new String[] {f[1], f[2]} : null;
        }
        case "=>" -> {
          if (last != null && f.length >= 3 && !f[2].isEmpty() && !f[2].equals(DEVEL)) {
            last = new String[] {f[1], f[2]};
          }
        }
        default -> {}
      }
    }
    add(last, path, out);
    String toolchain = info.goVersion().split("\\s+", 2)[0];
    if (toolchain.startsWith("go1")) {
      out.add(module("stdlib", "v" + toolchain.substring(2), path));
    }
    return out;
  }

  private static void add(String[] module, String path, List<FoundPackage> out) {
    if (module != null && !module[0].isBlank() && !module[1].isBlank()) {
      out.add(module(module[0], module[1], path));
    }
  }

  /** {@code github.com/a/b}: namespace {@code github.com/a}, name {@code b} (purl-spec, golang). */
  private static FoundPackage module(String modulePath, String version, String path) {
    int slash = modulePath.lastIndexOf('/');
    Optional<String> namespace =
        slash > 0 ? Optional.of(modulePath.substring(0, slash)) : Optional.empty();
    String name = slash > 0 ? modulePath.substring(slash + 1) : modulePath;
    if (name.isEmpty()) {
      return FoundPackage.of(
          Ecosystem.GOLANG, Optional.empty(), modulePath, version, Map.of(), path);
    }
    return FoundPackage.of(Ecosystem.GOLANG, namespace, name, version, Map.of(), path);
  }
}
