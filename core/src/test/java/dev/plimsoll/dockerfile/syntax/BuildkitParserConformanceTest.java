package dev.plimsoll.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** BuildKit's own parser test files: our dump of each Dockerfile must equal its {@code result}. */
class BuildkitParserConformanceTest {
  static final Path CORPUS = Path.of(System.getProperty("plimsoll.corpus"));

  static List<Path> cases() throws IOException {
    try (Stream<Path> folders = Files.list(CORPUS.resolve("buildkit-parser"))) {
      return folders.filter(Files::isDirectory).sorted().toList();
    }
  }

  @Test
  void corpusHasAllThirtyThreeCases() throws IOException {
    assertThat(cases()).hasSize(33);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void dumpMatchesBuildkit(Path folder) throws Exception {
    String name = folder.getFileName() + "/Dockerfile";
    String text = DockerfileText.read(folder.resolve("Dockerfile"), name);
    String expected = Files.readString(folder.resolve("result"), StandardCharsets.UTF_8);

    String actual = BuildkitDump.dump(DockerfileParser.parse(name, text));

    assertThat(actual).isEqualTo(expected);
  }
}
