package dev.plimsoll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output kept under {@code src/test/resources}, compared byte for byte. Run
 * the tests with {@code -Dplimsoll.golden.update=true} to rewrite them from the actual output
 * instead; then read the diff before committing it. Nobody edits a golden file by hand.
 */
public final class Golden {

  /** The system property that turns comparing into rewriting. */
  public static final String UPDATE = "plimsoll.golden.update";

  // Surefire runs tests in the module's folder, so this is the source tree, not target/.
  private static final Path RESOURCES = Path.of("src", "test", "resources");

  private Golden() {}

  /**
   * Asserts that {@code actual} equals the golden file at {@code resource} (relative to {@code
   * src/test/resources}), or rewrites that file when {@link #UPDATE} is true.
   */
  public static void assertMatches(String resource, String actual) {
    Path file = RESOURCES.resolve(resource);
    try {
      if (Boolean.getBoolean(UPDATE)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file)
          .as("golden file %s is missing; create it with -D%s=true", file, UPDATE)
          .exists();
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(actual)
          .as("output differs from golden file %s (refresh with -D%s=true)", file, UPDATE)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write golden file " + file, e);
    }
  }
}
