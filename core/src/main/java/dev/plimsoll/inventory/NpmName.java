package dev.plimsoll.inventory;

import java.util.Map;
import java.util.Optional;

/** npm package names: {@code lodash}, or {@code @scope/name}, whose scope is the purl namespace. */
final class NpmName {
  private NpmName() {}

  static FoundPackage toPackage(String name, String version, String path) {
    int slash = name.indexOf('/');
    if (name.startsWith("@") && slash > 1 && slash < name.length() - 1) {
      return FoundPackage.of(
          Ecosystem.NPM,
          Optional.of(name.substring(0, slash)),
          name.substring(slash + 1),
          version,
          Map.of(),
          path);
    }
    return FoundPackage.of(Ecosystem.NPM, Optional.empty(), name, version, Map.of(), path);
  }

  /**
   * The name in a dependency spec ({@code lodash@^4.17.15}, {@code @babel/core@npm:7.1.0}): up to
   * the first {@code @} after the first character, which a scope's {@code @} occupies.
   */
  static String ofSpec(String spec) {
    int at = spec.indexOf('@', 1);
    return at < 0 ? spec : spec.substring(0, at);
  }
}
