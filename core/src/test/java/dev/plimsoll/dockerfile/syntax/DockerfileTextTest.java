package dev.plimsoll.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plimsoll.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes to text: what is refused before parsing, and how. */
class DockerfileTextTest {

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void decodesUtf8AndDropsTheByteOrderMark() throws Exception {
    byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'F', 'R', 'O', 'M', ' ', 'a'};

    assertThat(DockerfileText.decode(withBom, "Dockerfile")).isEqualTo("FROM a");
    assertThat(DockerfileText.decode(bytes("LABEL a=ünï\r\n"), "Dockerfile"))
        .isEqualTo("LABEL a=ünï\r\n");
  }

  @Test
  void emptyAndBlankFilesAreRefused() {
    assertThatThrownBy(() -> DockerfileText.decode(new byte[0], "Dockerfile"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("Dockerfile: file is empty");
    assertThatThrownBy(() -> DockerfileText.decode(bytes(" \n\t\r\n"), "Dockerfile"))
        .hasMessage("Dockerfile: file is empty");
    assertThatThrownBy(
            () -> DockerfileText.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "x"))
        .hasMessage("x: file is empty");
  }

  @Test
  void binaryFilesAreRefusedAtTheLineOfTheFirstNul() {
    byte[] binary = bytes("FROM a\nRUN b\0c\n");

    assertThatThrownBy(() -> DockerfileText.decode(binary, "Dockerfile"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("Dockerfile:2: binary file: NUL byte at offset 12");
  }

  @Test
  void malformedUtf8IsRefusedWithLineAndOffset() {
    byte[] latin1 = "FROM a\n\nLABEL x=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> DockerfileText.decode(latin1, "Dockerfile"))
        .hasMessage("Dockerfile:3: not valid UTF-8: byte 0xe9 at offset 19");
  }

  @Test
  void truncatedSequenceAtTheEndIsRefused() {
    byte[] truncated = {'F', 'R', 'O', 'M', ' ', (byte) 0xE2, (byte) 0x82};

    assertThatThrownBy(() -> DockerfileText.decode(truncated, "Dockerfile"))
        .hasMessageStartingWith("Dockerfile:1: not valid UTF-8: byte 0xe2 at offset 5");
  }

  @Test
  void missingFileIsRefusedByName(@TempDir Path dir) {
    assertThatThrownBy(() -> DockerfileText.read(dir.resolve("nope"), "nope/Dockerfile"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("nope/Dockerfile: no such file");
  }

  @Test
  void unreadablePathIsRefusedInOneLine(@TempDir Path dir) {
    assertThatThrownBy(() -> DockerfileText.read(dir, "dir"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("dir: cannot read file")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void readsAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("Dockerfile");
    Files.writeString(file, "FROM a\n");

    assertThat(DockerfileText.read(file, "Dockerfile")).isEqualTo("FROM a\n");
  }
}
