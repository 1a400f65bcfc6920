package dev.plimsoll.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plimsoll.BadInputException;
import dev.plimsoll.inventory.Inventory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes, read as a CycloneDX SBOM: an inventory, or a one-line {@link BadInputException} naming
 * the file. Never a Jackson or packageurl-java exception, never a hang.
 */
class CycloneDxReaderFuzzTest {
  /** One folder for the whole run: Jazzer calls the target millions of times. */
  private static final Path FILE = tempFile();

  @FuzzTest(maxDuration = "25s")
  void readsOrRefuses(byte[] bytes) throws IOException {
    Files.write(FILE, bytes);
    try {
      Inventory inventory = CycloneDxReader.read(FILE);
      assertThat(inventory.skipped()).allSatisfy(n -> assertThat(n).startsWith(FILE.toString()));
      inventory.packages().forEach(p -> assertThat(p.purl()).startsWith("pkg:"));
    } catch (BadInputException e) {
      assertThat(e.getMessage()).startsWith(FILE.toString()).doesNotContain("\n", "\r");
    }
  }

  private static Path tempFile() {
    try {
      Path dir = Files.createTempDirectory("plimsoll-sbom-fuzz");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve("bom.json");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
