package dev.plimsoll.inventory;

import java.util.List;

/** Every cataloger, one per format, sorted by class name. */
final class Catalogers {
  private Catalogers() {}

  static List<Cataloger> all() {
    return List.of(
        new ApkInstalled(),
        new DpkgStatus(),
        new GoBinary(),
        new JavaArchive(),
        new NpmLock(),
        new NpmPackageJson(),
        new PnpmLock(),
        new PythonMetadata(),
        new RpmBerkeleyDb(),
        new RpmNdb(),
        new RpmSqlite(),
        new RubyGemspec(),
        new RustAuditable(),
        new YarnLock());
  }
}
