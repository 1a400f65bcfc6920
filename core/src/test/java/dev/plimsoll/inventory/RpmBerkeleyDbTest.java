package dev.plimsoll.inventory;

import static dev.plimsoll.inventory.RpmDatabaseFiles.refusal;
import static dev.plimsoll.inventory.RpmDatabaseFiles.seen;
import static dev.plimsoll.inventory.RpmDatabaseFiles.withInt;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * rpm's Berkeley DB {@code Packages}, as db5.3_load wrote it from the headers of the fedora fixture
 * and one larger header: rpm's own bdb_ro lists the same three packages from each file.
 */
class RpmBerkeleyDbTest {
  private static final String PATH = "var/lib/rpm/Packages";
  private static final Path CENTOS = RpmDatabaseFiles.FOLDERS.resolve("centos/" + PATH);
  private static final int PAGE = 4096; // the centos fixture's page size

  @ParameterizedTest
  @ValueSource(
      strings = {
        "folders/centos/var/lib/rpm/Packages", // little-endian, 4096-byte pages
        "rpmdb/Packages-big-endian", // 512-byte pages: every header on a chain of overflow pages
        "rpmdb/Packages-8192" // the smaller headers on the hash page itself
      })
  void findsWhatTheSqliteReaderFindsInTheSameHeaders(String fixture) throws Exception {
    List<String> seen =
        seen(read(Files.readAllBytes(RpmDatabaseFiles.FOLDERS.resolveSibling(fixture))));

    assertThat(seen).containsExactlyInAnyOrderElementsOf(RpmDatabaseFiles.seenInEveryFixture());
  }

  @Test
  void refusesAFileThatIsNotBerkeleyDb() throws Exception {
    assertThat(refusal(new RpmBerkeleyDb(), PATH, new byte[4096]))
        .isEqualTo("not a Berkeley DB hash database (magic 0x00000000)");
  }

  @Test
  void refusesPageChecksumsWhichMoveTheItems() throws Exception {
    byte[] db = Files.readAllBytes(CENTOS);
    db[26] = 1; // DBMETA_CHKSUM
    assertThat(refusal(new RpmBerkeleyDb(), PATH, db))
        .isEqualTo("page checksums, which move the items and which rpm never asks for");
  }

  @Test
  void refusesAFileCutShort() throws Exception {
    byte[] db = Files.readAllBytes(CENTOS);
    assertThat(refusal(new RpmBerkeleyDb(), PATH, Arrays.copyOf(db, 10_000)))
        .isEqualTo("truncated: 8 pages of 4096 bytes, in a 10000-byte file");
    assertThat(refusal(new RpmBerkeleyDb(), PATH, Arrays.copyOf(db, 100)))
        .isEqualTo("truncated: wants 512 bytes at offset 0 of a 100-byte file");
  }

  @Test
  void refusesAnOverflowReferenceOutsideTheFile() throws Exception {
    byte[] db = Files.readAllBytes(CENTOS);
    int reference = firstOverflowReference(db);
    assertThat(refusal(new RpmBerkeleyDb(), PATH, withInt(db, reference + 4, 9999, LE)))
        .isEqualTo("overflow page 9999 out of range (last page 7)");
  }

  @Test
  void refusesAnOverflowChainThatLoops() throws Exception {
    byte[] db = Files.readAllBytes(CENTOS);
    int pg = firstPageWithNext(db);
    assertThat(refusal(new RpmBerkeleyDb(), PATH, withInt(db, pg * PAGE + 16, pg, LE)))
        .isEqualTo("overflow chain from page " + pg + " loops at page " + pg);
  }

  @Test
  void refusesAnOverflowLengthLargerThanItsChain() throws Exception {
    byte[] db = Files.readAllBytes(CENTOS);
    int reference = firstOverflowReference(db);
    int first = ByteBuffer.wrap(db).order(LE).getInt(reference + 4);
    assertThat(refusal(new RpmBerkeleyDb(), PATH, withInt(db, reference + 8, 20_000, LE)))
        .matches("overflow chain from page " + first + " ends after \\d+ of 20000 bytes");
    assertThat(refusal(new RpmBerkeleyDb(), PATH, withInt(db, reference + 8, 1 << 20, LE)))
        .isEqualTo("overflow item of 1048576 bytes from page " + first);
  }

  private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

  private static List<FoundPackage> read(byte[] db) throws Exception {
    return new RpmBerkeleyDb().read(PATH, new ByteArrayInputStream(db));
  }

  /** The file offset of the first value on a hash page that refers to overflow pages. */
  private static int firstOverflowReference(byte[] db) {
    ByteBuffer b = ByteBuffer.wrap(db).order(LE);
    for (int pg = 1; pg * PAGE < db.length; pg++) {
      int base = pg * PAGE;
      if (b.get(base + 25) == 13) {
        for (int i = 1; i < Short.toUnsignedInt(b.getShort(base + 20)); i += 2) {
          int at = base + Short.toUnsignedInt(b.getShort(base + 26 + 2 * i));
          if (b.get(at) == 3) {
            return at;
          }
        }
      }
    }
    throw new AssertionError("no overflow reference in the fixture");
  }

  /** The first overflow page that is not the last of its chain. */
  private static int firstPageWithNext(byte[] db) {
    ByteBuffer b = ByteBuffer.wrap(db).order(LE);
    for (int pg = 1; pg * PAGE < db.length; pg++) {
      if (b.get(pg * PAGE + 25) == 7 && b.getInt(pg * PAGE + 16) != 0) {
        return pg;
      }
    }
    throw new AssertionError("no chain of overflow pages in the fixture");
  }
}
