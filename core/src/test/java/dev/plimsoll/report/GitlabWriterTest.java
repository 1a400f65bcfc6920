package dev.plimsoll.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitlabWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode issues(Report report) throws Exception {
    return MAPPER.readTree(WriterOutput.of(new GitlabWriter(), report));
  }

  private static List<String> fingerprints(Report report) throws Exception {
    List<String> prints = new ArrayList<>();
    issues(report).forEach(issue -> prints.add(issue.get("fingerprint").asText()));
    return prints;
  }

  @Test
  void issuesCarryWhatGitlabRequires() throws Exception {
    JsonNode issues = issues(SampleReport.report());

    assertThat(issues).hasSize(6);
    JsonNode aptPin = issues.get(2);
    assertThat(aptPin.get("check_name").asText()).isEqualTo("apt-pin-versions");
    assertThat(aptPin.get("description").asText())
        .isEqualTo("Pin versions in apt-get install: curl, ca-certificates");
    assertThat(aptPin.at("/location/path").asText()).isEqualTo("Dockerfile");
    assertThat(aptPin.at("/location/lines/begin").asInt()).isEqualTo(3);
    assertThat(aptPin.at("/location/lines/end").asInt()).isEqualTo(7);
    assertThat(issues)
        .extracting(i -> i.get("severity").asText())
        .containsExactly("major", "minor", "major", "info", "major", "critical");
  }

  @Test
  void fingerprintsAreUnique() throws Exception {
    assertThat(fingerprints(SampleReport.report())).doesNotHaveDuplicates().hasSize(6);
  }

  @Test
  void fingerprintsSurviveLinesAddedAbove() throws Exception {
    List<String> moved = new ArrayList<>(List.of("# a comment", "ARG DEBIAN_FRONTEND", ""));
    moved.addAll(SampleReport.DOCKERFILE_LINES);
    Report shifted = SampleReport.report(moved, 3);

    assertThat(shifted.findings().get(0).line()).isEqualTo(5);
    assertThat(fingerprints(shifted)).isEqualTo(fingerprints(SampleReport.report()));
  }

  @Test
  void fingerprintChangesWhenTheInstructionChanges() throws Exception {
    List<String> edited = new ArrayList<>(SampleReport.DOCKERFILE_LINES);
    edited.set(1, "FROM ubuntu:latest");

    List<String> before = fingerprints(SampleReport.report());
    List<String> after = fingerprints(SampleReport.report(edited, 0));

    assertThat(after.get(0)).isNotEqualTo(before.get(0));
    assertThat(after.subList(1, 6)).isEqualTo(before.subList(1, 6));
  }

  @Test
  void identicalInstructionsGetDistinctFingerprints() throws Exception {
    Report twice =
        new Report(
            "plimsoll",
            "0.1.0",
            List.of(
                SampleReport.finding(SampleReport.PIN_BASE, "pin it", "Dockerfile", 1, 1),
                SampleReport.finding(SampleReport.PIN_BASE, "pin it", "Dockerfile", 3, 3)),
            List.of(SampleReport.PIN_BASE),
            List.of("Dockerfile"),
            Map.of("Dockerfile", List.of("FROM debian", "", "FROM  debian")));

    assertThat(fingerprints(twice)).doesNotHaveDuplicates();
  }
}
