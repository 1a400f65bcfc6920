package dev.plimsoll.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** moby/patternmatcher's own match cases ({@code dockerignore/matches.jsonl}): every one holds. */
class DockerIgnoreCorpusTest {
  static final Path CASES =
      Path.of(System.getProperty("plimsoll.corpus"), "dockerignore", "matches.jsonl");

  record Case(List<String> patterns, String path, boolean excluded) {
    @Override
    public String toString() {
      return patterns + " " + path + (excluded ? " excluded" : " kept");
    }
  }

  static List<Case> cases() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Case> out = new ArrayList<>();
    for (String line : Files.readAllLines(CASES)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
      List<String> patterns = new ArrayList<>();
      node.get("patterns").forEach(p -> patterns.add(p.asText()));
      out.add(new Case(patterns, node.get("path").asText(), node.get("excluded").asBoolean()));
    }
    return out;
  }

  @Test
  void corpusHasAllSeventyTwoCases() throws IOException {
    assertThat(cases()).hasSize(72);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesAsPatternmatcher(Case c) throws Exception {
    DockerIgnore ignore = DockerIgnore.of(".dockerignore", c.patterns());

    assertThat(ignore.excludes(c.path())).isEqualTo(c.excluded());
  }
}
