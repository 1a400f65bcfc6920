package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * rpm's sqlite database ({@code rpmdb.sqlite}, rpm 4.16+, the default on Fedora 33+ and RHEL 9):
 * table {@code Packages}, one header blob per installed package ({@link RpmHeader}). SQLite reads
 * files, not streams, so the database is copied to a temporary file, opened read-only and deleted.
 * The older formats hold the same blobs: the Berkeley DB {@code Packages} ({@link RpmBerkeleyDb})
 * and rpm's own {@code Packages.db} ({@link RpmNdb}).
 */
final class RpmSqlite implements Cataloger {
  private static final List<String> PATHS =
      List.of("var/lib/rpm/rpmdb.sqlite", "usr/lib/sysimage/rpm/rpmdb.sqlite");

  @Override
  public String name() {
    return "rpm";
  }

  @Override
  public boolean wants(String path, long size, int mode) {
    return PATHS.contains(path);
  }

  @Override
  public long maxBytes() {
    return 512L * 1024 * 1024; // a full Fedora workstation's is near 100 MiB; held on disk
  }

  @Override
  public List<FoundPackage> read(String path, InputStream content)
      throws BadInputException, IOException {
    try (RpmDbFile copy = RpmDbFile.copy(path, content)) {
      return packages(path, copy.copyPath());
    }
  }

  private static List<FoundPackage> packages(String path, Path db) throws BadInputException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    List<FoundPackage> out = new ArrayList<>();
    try (Connection c = config.createConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT hnum, blob FROM Packages ORDER BY hnum")) {
      while (rows.next()) {
        byte[] blob = rows.getBytes(2);
        fromBlob(path, rows.getLong(1), blob == null ? new byte[0] : blob).ifPresent(out::add);
      }
    } catch (SQLException e) {
      throw new BadInputException(path, "not an rpm sqlite database: " + e.getMessage(), e);
    }
    return out;
  }

  /**
   * The package of one header blob, whichever database held it: rpm stores the same blob in each.
   *
   * @param number the package's number in the database, for the message
   * @throws BadInputException when the blob is not a well-formed header
   */
  static Optional<FoundPackage> fromBlob(String path, long number, byte[] blob)
      throws BadInputException {
    try {
      return toPackage(RpmHeader.parse(blob), path);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(path, "package " + number + ": " + e.getMessage(), e);
    }
  }

  static Optional<FoundPackage> toPackage(RpmHeader h, String path) {
    Optional<String> name = h.string(RpmHeader.NAME);
    Optional<String> version = h.string(RpmHeader.VERSION);
    if (name.isEmpty() || version.isEmpty() || name.get().equals("gpg-pubkey")) {
      return Optional.empty(); // gpg-pubkey entries are imported keys, not packages
    }
    String release = h.string(RpmHeader.RELEASE).map(r -> "-" + r).orElse("");
    String epoch =
        h.int32(RpmHeader.EPOCH).stream()
            .filter(e -> e > 0)
            .mapToObj(e -> e + ":")
            .findFirst()
            .orElse("");
    String full = epoch + version.get() + release;
    FoundPackage p =
        FoundPackage.of(
                Ecosystem.RPM,
                Optional.empty(),
                name.get(),
                version.get() + release,
                Map.of(
                    "arch",
                    h.string(RpmHeader.ARCH).orElse(""),
                    "epoch",
                    epoch.isEmpty() ? "" : epoch.substring(0, epoch.length() - 1)),
                path)
            .withVersion(full); // purl-spec, rpm: the epoch is a qualifier, not in the version
    p =
        h.string(RpmHeader.SOURCERPM)
            .flatMap(SourcePackage::ofSourceRpm)
            .map(p::withSource)
            .orElse(p);
    return Optional.of(
        h.string(RpmHeader.LICENSE).map(l -> List.of(l)).map(p::withLicenses).orElse(p));
  }
}
