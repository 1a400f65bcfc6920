package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Installed Python distributions: {@code NAME.dist-info/METADATA} (wheels, PEP 376), {@code
 * NAME.egg-info/PKG-INFO} and the single-file {@code NAME.egg-info} that setuptools and Debian's
 * python3 packages write. All three hold core metadata (PyPA "Core metadata specifications"):
 * email-style headers, {@code Name}, {@code Version}, {@code License} or {@code
 * License-Expression}, then a free-text body that is not read.
 */
final class PythonMetadata implements Cataloger {
  private static final Set<String> FIELDS =
      Set.of("name", "version", "license", "license-expression");

  @Override
  public String name() {
    return "python";
  }

  @Override
  public boolean wants(String path, long size, int mode) {
    return path.endsWith(".dist-info/METADATA")
        || path.endsWith(".egg-info/PKG-INFO")
        || path.endsWith(".egg-info");
  }

  @Override
  public long maxBytes() {
    return 4L * 1024 * 1024;
  }

  @Override
  public List<FoundPackage> read(String path, InputStream content)
      throws BadInputException, IOException {
    List<Map<String, String>> headers = Stanzas.read(path, content, FIELDS, true);
    if (headers.isEmpty()) {
      return List.of();
    }
    Map<String, String> h = headers.get(0);
    String name = h.getOrDefault("name", "");
    String version = h.getOrDefault("version", "");
    if (name.isBlank() || version.isBlank()) {
      return List.of();
    }
    FoundPackage p =
        FoundPackage.of(Ecosystem.PYPI, Optional.empty(), name, version, Map.of(), path);
    String license = h.getOrDefault("license-expression", h.getOrDefault("license", "")).strip();
    // Old metadata often puts the whole license text here; only a short one names a license.
    if (!license.isEmpty()
        && !license.equals("UNKNOWN")
        && license.indexOf('\n') < 0
        && license.length() <= 100) {
      p = p.withLicenses(List.of(license));
    }
    return List.of(p);
  }
}
