package dev.plimsoll.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plimsoll.BadInputException;
import java.nio.charset.StandardCharsets;

/**
 * Any ignore file and any path (the first line of the input): the file is read or refused with a
 * one-line {@link BadInputException} naming it, and matching a read file never fails. Seeds: the
 * patterns of patternmatcher's tests, classes, escapes, exceptions, CRLF and BOM.
 */
class DockerIgnoreFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void parsesOrRefuses(byte[] bytes) {
    // The first line is the path to match, the rest the ignore file.
    String input = new String(bytes, StandardCharsets.UTF_8);
    int newline = input.indexOf('\n');
    String path = newline < 0 ? input : input.substring(0, newline);
    String text = newline < 0 ? "" : input.substring(newline + 1);
    DockerIgnore ignore;
    try {
      ignore = DockerIgnore.parse(".dockerignore", text);
    } catch (BadInputException e) {
      assertThat(e.getMessage()).startsWith(".dockerignore:").doesNotContain("\n", "\r");
      return;
    }
    boolean excluded = ignore.excludes(path);
    if (DockerIgnore.clean(path).equals(".")) {
      assertThat(excluded).isFalse();
    }
    ignore.matchesOrParentMatches(DockerIgnore.clean(path));
  }
}
