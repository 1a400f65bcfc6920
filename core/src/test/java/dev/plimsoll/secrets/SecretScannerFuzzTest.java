package dev.plimsoll.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.OptionalInt;

/**
 * Any bytes as a file: the line scanner ends, and every finding is in the file, on a line that
 * exists, with an excerpt that shows at most four characters. Seeds: a line per detector's shape, a
 * PEM marker left pending, CRLF and invalid UTF-8.
 */
class SecretScannerFuzzTest {
  private static final SecretScanner SCANNER = SecretScanner.builtin();

  @FuzzTest(maxDuration = "20s")
  void scansAnyBytes(byte[] bytes) throws IOException {
    SecretScanner.FileScan scan =
        SCANNER.scan("fuzz/file", new ByteArrayInputStream(bytes), OptionalInt.of(0));
    long lines = 1;
    for (byte b : bytes) {
      lines += b == '\n' ? 1 : 0;
    }
    for (SecretFinding f : scan.findings()) {
      assertThat(f.line()).isBetween(1, (int) lines);
      assertThat(f.column()).isPositive();
      assertThat(f.length()).isPositive();
      assertThat(f.excerpt()).endsWith(SecretFinding.MASK).hasSizeLessThanOrEqualTo(8);
    }
    assertThat(scan.findings()).hasSizeLessThanOrEqualTo(SecretScanner.FINDINGS_LIMIT);
  }
}
