package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code plimsoll parse} against BuildKit's own parser test files, through the launcher. */
class ParseIT {
  static Stream<Path> positive() throws IOException {
    return folders("buildkit-parser");
  }

  static Stream<Path> negative() throws IOException {
    return folders("buildkit-parser-negative");
  }

  private static Stream<Path> folders(String corpus) throws IOException {
    try (Stream<Path> s = Files.list(Cli.CORPUS.resolve(corpus))) {
      return s.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positive")
  void dumpEqualsBuildkitsResultByteForByte(Path dir) throws IOException {
    Cli.Result r = Cli.run("parse", dir.resolve("Dockerfile").toString(), "--dump", "buildkit");
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(Files.readString(dir.resolve("result")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negative")
  void buildkitsRefusalsExit2WithOneLineNamingTheFile(Path dir) {
    String file = dir.resolve("Dockerfile").toString();
    Cli.Result r = Cli.run("parse", file, "--dump", "buildkit");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).singleElement().asString().startsWith("error: " + file);
  }

  @Test
  void jsonDumpCarriesTheContractKeys() throws IOException {
    Cli.Result r = Cli.run("parse", Cli.REPO.resolve("Dockerfile").toString(), "--dump", "json");
    assertThat(r.exit()).isZero();
    JsonNode instructions = new ObjectMapper().readTree(r.out()).get("instructions");
    assertThat(instructions.size()).isGreaterThan(5);
    JsonNode first = instructions.get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .contains("keyword", "line", "endLine", "flags", "args", "stage");
    assertThat(first.get("keyword").asText()).isEqualTo("FROM");
    assertThat(first.get("stage").asInt()).isZero();
  }

  @Test
  void debugShowsTheStackTraceThatIsOtherwiseHidden() {
    Path bad = Cli.CORPUS.resolve("buildkit-parser-negative");
    String file;
    try (Stream<Path> s = Files.list(bad)) {
      file = s.sorted().findFirst().orElseThrow().resolve("Dockerfile").toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(Cli.run("parse", file).err()).doesNotContain("\tat ");
    assertThat(Cli.run("--debug", "parse", file).err()).contains("\tat dev.plimsoll.");
  }
}
