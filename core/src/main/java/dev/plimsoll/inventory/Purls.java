package dev.plimsoll.inventory;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds package URLs with packageurl-java, which applies purl-spec's encoding and normalizing. */
final class Purls {
  private Purls() {}

  /**
   * The package URL. A namespace the spec refuses (an npm scope of {@code @} alone) is left out
   * rather than losing the package.
   *
   * @throws IllegalArgumentException for a blank name: catalogers keep only named packages
   */
  static String of(
      String type,
      Optional<String> namespace,
      String name,
      String version,
      Map<String, String> qualifiers) {
    TreeMap<String, String> q = new TreeMap<>(qualifiers);
    q.values().removeIf(String::isEmpty);
    try {
      return new PackageURL(type, namespace.orElse(null), name, version, q, null).canonicalize();
    } catch (MalformedPackageURLException e) {
      try {
        return new PackageURL(type, null, name, version, q, null).canonicalize();
      } catch (MalformedPackageURLException again) {
        throw new IllegalArgumentException("no package URL for " + type + " " + name, again);
      }
    }
  }

  /** {@code purl} with namespace {@code os.id()} and qualifier {@code distro=ID-VERSION_ID}. */
  static String inDistro(String purl, OsRelease os) {
    try {
      PackageURL p = new PackageURL(purl);
      TreeMap<String, String> q =
          new TreeMap<>(p.getQualifiers() == null ? Map.of() : p.getQualifiers());
      os.distro().ifPresent(d -> q.put("distro", d));
      return of(p.getType(), Optional.of(os.id()), p.getName(), p.getVersion(), q);
    } catch (MalformedPackageURLException e) {
      throw new IllegalStateException("a package URL built here does not parse: " + purl, e);
    }
  }
}
