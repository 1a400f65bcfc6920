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

/**
 * rpm's ndb {@code Packages.db}, as rpm's own rpmpkg.c wrote it from the headers of the fedora
 * fixture and one larger header. The first slot (bytes 32 to 47) names package 1's blob.
 */
class RpmNdbTest {
  private static final String PATH = "usr/lib/sysimage/rpm/Packages.db";
  private static final Path SLES = RpmDatabaseFiles.FOLDERS.resolve("sles/" + PATH);
  private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
  private static final int FIRST_SLOT = 32;

  @Test
  void findsWhatTheSqliteReaderFindsInTheSameHeaders() throws Exception {
    List<String> seen =
        seen(new RpmNdb().read(PATH, new ByteArrayInputStream(Files.readAllBytes(SLES))));

    assertThat(seen).containsExactlyInAnyOrderElementsOf(RpmDatabaseFiles.seenInEveryFixture());
  }

  @Test
  void refusesAFileThatIsNotNdb() {
    assertThat(refusal(new RpmNdb(), PATH, new byte[4096]))
        .isEqualTo("not an rpm ndb database (magic 0x00000000)");
  }

  @Test
  void refusesAFileCutShort() throws Exception {
    byte[] db = Files.readAllBytes(SLES);
    assertThat(refusal(new RpmNdb(), PATH, Arrays.copyOf(db, 20)))
        .isEqualTo("truncated: wants 32 bytes at offset 0 of a 20-byte file");
    assertThat(refusal(new RpmNdb(), PATH, Arrays.copyOf(db, 992)))
        .isEqualTo("truncated: 1 slot pages in a 992-byte file");
    assertThat(refusal(new RpmNdb(), PATH, Arrays.copyOf(db, 8001)))
        .isEqualTo("truncated: 8001 bytes, not whole blocks of 16");
    assertThat(refusal(new RpmNdb(), PATH, Arrays.copyOf(db, 8000)))
        .matches("slot \\d+: package \\d+ at blocks \\d+\\+\\d+, outside blocks 256 to 500");
  }

  @Test
  void refusesASlotOutsideTheBlobArea() throws Exception {
    byte[] db = Files.readAllBytes(SLES);
    int count = ByteBuffer.wrap(db).order(LE).getInt(FIRST_SLOT + 12);
    long blocks = db.length / 16;
    assertThat(refusal(new RpmNdb(), PATH, withInt(db, FIRST_SLOT + 8, 1_000_000, LE)))
        .isEqualTo(
            "slot 2: package 1 at blocks 1000000+" + count + ", outside blocks 256 to " + blocks);
    assertThat(refusal(new RpmNdb(), PATH, withInt(db, FIRST_SLOT + 8, 3, LE)))
        .isEqualTo("slot 2: package 1 at blocks 3+" + count + ", outside blocks 256 to " + blocks);
  }

  @Test
  void refusesABlobThatIsNotTheSlotsPackage() throws Exception {
    byte[] db = Files.readAllBytes(SLES);
    int block = ByteBuffer.wrap(db).order(LE).getInt(FIRST_SLOT + 8);
    assertThat(refusal(new RpmNdb(), PATH, withInt(db, FIRST_SLOT + 4, 7, LE)))
        .isEqualTo("package 7 at block " + block + ": no blob of that package there");
  }

  @Test
  void refusesABlobWhoseChecksumFails() throws Exception {
    byte[] db = Files.readAllBytes(SLES);
    int block = ByteBuffer.wrap(db).order(LE).getInt(FIRST_SLOT + 8);
    db[block * 16 + 100] ^= 1;
    assertThat(refusal(new RpmNdb(), PATH, db))
        .isEqualTo("package 1 at block " + block + ": the blob's tail does not match it");
  }

  @Test
  void refusesABlobLengthThatDoesNotFillItsBlocks() throws Exception {
    byte[] db = Files.readAllBytes(SLES);
    int block = ByteBuffer.wrap(db).order(LE).getInt(FIRST_SLOT + 8);
    int count = ByteBuffer.wrap(db).order(LE).getInt(FIRST_SLOT + 12);
    assertThat(refusal(new RpmNdb(), PATH, withInt(db, block * 16 + 12, -1, LE)))
        .isEqualTo(
            "package 1 at block "
                + block
                + ": a blob of 4294967295 bytes does not fill "
                + count
                + " blocks");
  }
}
