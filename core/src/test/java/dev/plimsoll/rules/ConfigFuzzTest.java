package dev.plimsoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes, read as Plimsoll's and as hadolint's configuration file: a configuration, or a
 * one-line {@link BadInputException} naming the file. Never a Jackson or SnakeYAML exception, never
 * a hang.
 */
class ConfigFuzzTest {

  /** One folder for the whole run: Jazzer calls the target millions of times. */
  private static final Path DIR = tempDir();

  /**
   * Jazzer instruments only Plimsoll's classes, not SnakeYAML's, so it cannot learn YAML's syntax
   * from coverage; the dictionary (libFuzzer format) hands it YAML tokens and both files' keys.
   */
  @FuzzTest(maxDuration = "25s")
  @DictionaryFile(resourcePath = "yaml.dict")
  void loadsOrRefuses(byte[] bytes) throws IOException {
    for (String name : new String[] {".plimsoll.yaml", ".hadolint.yaml"}) {
      Path file = DIR.resolve(name);
      Files.write(file, bytes);
      try {
        LintConfig config = LintConfig.load(file);
        assertThat(config.warnings()).allSatisfy(w -> assertThat(w).doesNotContain("\n"));
      } catch (BadInputException e) {
        assertThat(e.getMessage()).startsWith(file.toString()).doesNotContain("\n", "\r");
      }
    }
  }

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("plimsoll-config-fuzz");
      dir.toFile().deleteOnExit();
      dir.resolve(".plimsoll.yaml").toFile().deleteOnExit();
      dir.resolve(".hadolint.yaml").toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
