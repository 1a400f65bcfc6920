package dev.plimsoll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configuration files an attacker (or an accident) could put in a repository: each is refused with
 * one line naming the file, and none hangs, exhausts memory or instantiates anything. The timeout
 * is only a hang guard, generous enough for a slow shared machine.
 */
class ConfigHostileInputTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);

  @TempDir Path dir;

  private AbstractThrowableAssert<?, ? extends Throwable> refused(String name, byte[] content)
      throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    Throwable thrown =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () -> {
              try {
                LintConfig.load(file);
                return null;
              } catch (BadInputException e) {
                return e;
              }
            });
    assertThat(thrown).as("what loading %s threw", name).isInstanceOf(BadInputException.class);
    assertThat(thrown.getMessage()).startsWith(file + ":").doesNotContain("\n", "\r");
    return assertThat(thrown);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> refused(String yaml) throws IOException {
    return refused(".plimsoll.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void billionLaughsIsRefusedAtTheFirstAlias() throws IOException {
    StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      bomb.append(String.join(", ", java.util.Collections.nCopies(9, "*" + (char) (c - 1))));
      bomb.append("]\n");
    }

    refused(bomb.toString()).hasMessageEndingWith(":2: YAML aliases (*a) are not supported");
  }

  @Test
  void anAliasWouldOtherwiseReadAsTheAnchorName() throws IOException {
    refused(
            ".hadolint.yaml",
            "rules: &rules [DL3006]\nignored: *rules\n".getBytes(StandardCharsets.UTF_8))
        .hasMessageEndingWith(":2: YAML aliases (*rules) are not supported");
  }

  @Test
  void deepNestingIsRefused() throws IOException {
    refused("ignore: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n")
        .hasMessageContaining(
            ": not valid YAML: Document nesting depth (33) exceeds the maximum allowed (32");
    refused("a:\n" + " b:\n".repeat(10_000)).hasMessageContaining("not valid YAML");
  }

  @Test
  void aFileOver1MiBIsRefusedBeforeParsing() throws IOException {
    byte[] big = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'x');

    refused(".plimsoll.yaml", big)
        .hasMessageEndingWith(": configuration file is larger than 1 MiB; is it the right file?");
  }

  @Test
  void duplicateKeysAreRefused() throws IOException {
    refused("ignore: [DL3006]\nfailOn: error\nignore: []\n")
        .hasMessageEndingWith(":3: not valid YAML: Duplicate field 'ignore'");
  }

  @Test
  void aScalarOrAListIsNotAConfiguration() throws IOException {
    refused("just words\n").hasMessageEndingWith(": the file must be a mapping of keys to values");
    refused("- ignore\n- DL3006\n")
        .hasMessageEndingWith(": the file must be a mapping of keys to values");
  }

  @Test
  void moreThanOneDocumentIsRefused() throws IOException {
    refused("ignore: [a]\n---\nignore: [b]\n")
        .hasMessageEndingWith(":3: more than one YAML document; keep one");
  }

  @Test
  void nonUtf8IsRefusedWithItsLine() throws IOException {
    byte[] latin1 = "ignore:\n  - caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

    refused(".plimsoll.yaml", latin1).hasMessageEndingWith(":2: not valid UTF-8 at offset 15");
  }

  @Test
  void javaTagsInstantiateNothingAndAreRefused() throws IOException {
    Path marker = dir.resolve("pwned");
    String yaml =
        "ignore: !!java.lang.ProcessBuilder [[touch, "
            + marker
            + "]]\n"
            + "failOn: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n";

    refused(yaml)
        .hasMessageEndingWith(
            ":1: YAML tags (tag:yaml.org,2002:java.lang.ProcessBuilder) are not supported");
    assertThat(marker).doesNotExist();
  }

  @Test
  void controlCharactersInKeysCannotBreakTheLine() throws IOException {
    refused("\"bad\\nkey\\u001b[31m\": 1\n")
        .hasMessageEndingWith(
            ": bad\\nkey\\u001b[31m: unknown key; expected one of disablePragmas,"
                + " exclude, failOn, ignore, labelSchema, overrides, secrets, severity,"
                + " shellcheck, strictLabels, trustedRegistries");
  }

  @Test
  void overridesThatAreNotAListOfEntriesAreRefused() throws IOException {
    refused("overrides: legacy/**\n").hasMessageContaining("overrides: must be a list");
    refused("overrides: [legacy]\n").hasMessageContaining("overrides[0]: must be a mapping");
    refused("overrides:\n  - ignore: [DL3008]\n")
        .hasMessageContaining("overrides[0].paths: must list at least one glob");
    refused("overrides:\n  - paths: [{a: b}]\n")
        .hasMessageContaining("overrides[0].paths: must be a list of plain values");
    refused("overrides:\n  - paths: [x]\n    exclude: [y]\n")
        .hasMessageContaining("overrides[0].exclude: unknown key");
    refused("overrides:\n  - paths: [x]\n    severity: {DL3008: loud}\n")
        .hasMessageContaining("overrides[0].severity.DL3008: 'loud' is not a severity");
    refused("overrides:\n  - paths: [x]\n    failOn: [a]\n")
        .hasMessageContaining("overrides[0].failOn");
  }

  @Test
  void aBrokenGlobInAnOverrideIsRefusedWhenTheFileIsRead() throws IOException {
    refused("overrides:\n  - paths: [\"legacy/[a\"]\n    ignore: [DL3008]\n")
        .hasMessageContaining("overrides[0].paths: 'legacy/[a' is not a glob");
  }

  @Test
  void controlCharactersInAnOverrideKeyCannotBreakTheLine() throws IOException {
    refused("overrides:\n  - paths: [x]\n    \"a\\nb\": 1\n")
        .hasMessageContaining("overrides[0].a\\nb: unknown key");
  }
}
