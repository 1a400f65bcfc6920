package dev.plimsoll.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SarifWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SCHEMA = loadSchema();

  private static Schema loadSchema() {
    try (InputStream in =
        SarifWriterTest.class.getResourceAsStream("/report/sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode sarif(Report report) throws IOException {
    return MAPPER.readTree(WriterOutput.of(new SarifWriter(), report));
  }

  @Test
  void sampleIsValidSarif() throws Exception {
    assertThat(SCHEMA.validate(sarif(SampleReport.report()))).isEmpty();
  }

  @Test
  void reportWithoutFindingsIsValidSarif() throws Exception {
    JsonNode log = sarif(SampleReport.clean());

    assertThat(SCHEMA.validate(log)).isEmpty();
    assertThat(log.at("/runs/0/results")).isEmpty();
  }

  @Test
  void schemaRejectsBrokenSarif() throws Exception {
    ObjectNode log = (ObjectNode) sarif(SampleReport.report());
    ObjectNode result = (ObjectNode) log.at("/runs/0/results/0");
    result.put("level", "fatal");
    ((ObjectNode) result.at("/locations/0/physicalLocation/region")).put("startLine", 0);
    log.put("version", "2.0.0");

    List<Error> errors = SCHEMA.validate(log);

    assertThat(errors)
        .extracting(Error::getInstanceLocation)
        .extracting(Object::toString)
        .contains(
            "/version",
            "/runs/0/results/0/level",
            "/runs/0/results/0/locations/0/physicalLocation/region/startLine");
  }

  @Test
  void schemaRejectsUnknownTopLevelProperty() throws Exception {
    ObjectNode log = (ObjectNode) sarif(SampleReport.report());
    log.put("findings", "not SARIF");

    assertThat(SCHEMA.validate(log)).isNotEmpty();
  }

  @Test
  void resultsPointAtTheirRuleAndCarryLevelAndLocation() throws Exception {
    JsonNode run = sarif(SampleReport.report()).at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    Map<String, String> levels =
        Map.of("error", "error", "warning", "warning", "info", "note", "style", "note");

    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("plimsoll");
    assertThat(rules).hasSize(SampleReport.report().rules().size());
    for (JsonNode result : run.get("results")) {
      JsonNode rule = rules.get(result.get("ruleIndex").asInt());
      assertThat(rule.get("id")).isEqualTo(result.get("ruleId"));
      String severity = result.at("/properties/severity").asText();
      assertThat(result.get("level").asText()).isEqualTo(levels.get(severity));
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText())
          .isEqualTo("%SRCROOT%");
    }
    JsonNode multiLine = run.at("/results/1/locations/0/physicalLocation/region");
    assertThat(List.of(multiLine.get("startLine").asInt(), multiLine.get("endLine").asInt()))
        .containsExactly(3, 7);
    assertThat(rules.get(1).get("helpUri").asText())
        .isEqualTo("https://plimsoll.dev/docs/rules/apt-pin-versions");
    assertThat(rules.get(1).at("/properties/tags"))
        .extracting(JsonNode::asText)
        .containsExactly("dockerfile", "DL3008");
  }

  @Test
  void fileNamesBecomeRelativeUris() {
    assertThat(Locations.uri("./sub dir/Dockerfile")).isEqualTo("sub%20dir/Dockerfile");
    assertThat(Locations.uri("sub\\Dockerfile")).isEqualTo("sub/Dockerfile");
    assertThat(Locations.uri("a:b/Dockerfile")).isEqualTo("./a:b/Dockerfile");
    assertThat(Locations.uri("/srv/app/Dockerfile")).isEqualTo("file:///srv/app/Dockerfile");
  }
}
