package dev.plimsoll.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * rpm reads one database per folder, so a folder that holds two (an {@code rpmdb.sqlite} beside a
 * {@code Packages} left from before a conversion) lists its packages from one only. rpm takes the
 * database its {@code %_db_backend} macro names when that file exists; the macro lives in macro
 * files the inventory does not read, so it follows rpm's detection order instead, which is what rpm
 * does when the configured file is absent ({@code lib/backend/dbi.c}, {@code dbDetectBackend}):
 * sqlite, then ndb, then Berkeley DB. The choice is made on the packages found, per folder.
 */
final class RpmDatabases {
  private static final List<String> BY_PREFERENCE =
      List.of("rpmdb.sqlite", "Packages.db", "Packages");

  private RpmDatabases() {}

  /** {@code packages} without the rpm packages of a database that a preferred one stands beside. */
  static List<FoundPackage> oneEach(List<FoundPackage> packages) {
    Map<String, Integer> best = new HashMap<>();
    for (FoundPackage p : packages) {
      int rank = rank(p);
      if (rank >= 0) {
        best.merge(folder(p.path()), rank, Math::min);
      }
    }
    List<FoundPackage> out = new ArrayList<>(packages.size());
    for (FoundPackage p : packages) {
      int rank = rank(p);
      if (rank < 0 || rank == best.get(folder(p.path()))) {
        out.add(p);
      }
    }
    return out;
  }

  /** The database's place in {@link #BY_PREFERENCE}, or -1 for any other package. */
  private static int rank(FoundPackage p) {
    if (p.ecosystem() != Ecosystem.RPM) {
      return -1;
    }
    return BY_PREFERENCE.indexOf(p.path().substring(p.path().lastIndexOf('/') + 1));
  }

  private static String folder(String path) {
    return path.substring(0, Math.max(0, path.lastIndexOf('/')));
  }
}
