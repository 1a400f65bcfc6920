package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * dpkg's database: {@code var/lib/dpkg/status}, and distroless images' {@code
 * var/lib/dpkg/status.d/NAME}, one paragraph per package (dpkg-query(1), deb822(5)). A paragraph
 * counts when its {@code Status} says {@code installed}; status.d files have no {@code Status} and
 * always count. {@code Source: name (version)} names the source package, which Debian's advisories
 * use (deb-control(5): the version is given when it differs from the binary's).
 */
final class DpkgStatus implements Cataloger {
  private static final String STATUS = "var/lib/dpkg/status";
  private static final String STATUS_D = "var/lib/dpkg/status.d/";
  private static final Set<String> FIELDS =
      Set.of("package", "version", "architecture", "status", "source");

  @Override
  public String name() {
    return "dpkg";
  }

  @Override
  public boolean wants(String path, long size, int mode) {
    if (path.equals(STATUS)) {
      return true;
    }
    return path.startsWith(STATUS_D)
        && path.indexOf('/', STATUS_D.length()) < 0
        && !path.endsWith(".md5sums");
  }

  @Override
  public List<FoundPackage> read(String path, InputStream content)
      throws BadInputException, IOException {
    List<FoundPackage> out = new ArrayList<>();
    for (Map<String, String> p : Stanzas.read(path, content, FIELDS, false)) {
      String name = p.getOrDefault("package", "");
      String version = p.getOrDefault("version", "");
      if (name.isEmpty() || version.isEmpty() || !installed(p.get("status"))) {
        continue;
      }
      String arch = p.getOrDefault("architecture", "");
      FoundPackage found =
          FoundPackage.of(
              Ecosystem.DEB, Optional.empty(), name, version, Map.of("arch", arch), path);
      out.add(found.withSource(source(p.get("source"), name, version)));
    }
    return out;
  }

  /** {@code install ok installed}: the third word is the package's state (dpkg-query(1)). */
  private static boolean installed(String status) {
    if (status == null) {
      return true;
    }
    String[] words = status.trim().split("\\s+", -1);
    return words[words.length - 1].equals("installed");
  }

  /** {@code Source: glibc (2.36-9)}, {@code Source: glibc}, or no field: the package itself. */
  static SourcePackage source(String field, String name, String version) {
    if (field == null || field.isBlank()) {
      return new SourcePackage(name, version);
    }
    String f = field.strip();
    int open = f.indexOf('(');
    if (open > 0 && f.endsWith(")")) {
      String v = f.substring(open + 1, f.length() - 1).strip();
      return new SourcePackage(f.substring(0, open).strip(), v.isEmpty() ? version : v);
    }
    return new SourcePackage(f, version);
  }
}
