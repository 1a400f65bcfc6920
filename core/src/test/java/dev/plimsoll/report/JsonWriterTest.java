package dev.plimsoll.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void parsesBackToTheSameFindings() throws Exception {
    Report report = SampleReport.report();
    JsonNode root = MAPPER.readTree(WriterOutput.of(new JsonWriter(), report));

    assertThat(root.get("tool").asText()).isEqualTo("plimsoll");
    assertThat(root.get("version").asText()).isEqualTo("0.1.0");
    List<Finding> parsed = new ArrayList<>();
    for (JsonNode f : root.get("findings")) {
      List<String> aliases = new ArrayList<>();
      f.get("aliases").forEach(a -> aliases.add(a.asText()));
      parsed.add(
          new Finding(
              f.get("rule").asText(),
              aliases,
              Severity.parse(f.get("severity").asText()).orElseThrow(),
              f.get("message").asText(),
              f.get("file").asText(),
              f.get("line").asInt(),
              f.get("column").asInt(),
              f.get("endLine").asInt()));
    }
    assertThat(parsed).isEqualTo(report.findings());
  }

  @Test
  void keysComeInTheOrderOfTheSpec() throws Exception {
    JsonNode root = MAPPER.readTree(WriterOutput.of(new JsonWriter(), SampleReport.report()));

    assertThat(root.fieldNames()).toIterable().containsExactly("tool", "version", "findings");
    assertThat(root.get("findings").get(0).fieldNames())
        .toIterable()
        .containsExactly(
            "rule", "aliases", "severity", "message", "file", "line", "column", "endLine");
  }

  @Test
  void noFindingsIsAnEmptyListAndTheOutputEndsWithANewline() {
    String json = WriterOutput.of(new JsonWriter(), SampleReport.clean());

    assertThat(json)
        .isEqualTo(
            """
            {
              "tool": "plimsoll",
              "version": "0.1.0",
              "findings": []
            }
            """);
  }
}
