package dev.plimsoll.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.rules.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitWriterTest {

  @Test
  void oneFailingCasePerFindingAndOnePassingCasePerCleanFile() throws Exception {
    Document doc = XmlDocuments.parse(WriterOutput.of(new JunitWriter(), SampleReport.report()));

    Element suite = XmlDocuments.elements(doc, "testsuite").get(0);
    assertThat(List.of(suite.getAttribute("tests"), suite.getAttribute("failures")))
        .containsExactly("7", "6");
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("7");
    List<Element> cases = XmlDocuments.elements(doc, "testcase");
    assertThat(cases).hasSize(7);
    assertThat(cases)
        .filteredOn(c -> c.getElementsByTagName("failure").getLength() == 0)
        .extracting(c -> c.getAttribute("classname") + " " + c.getAttribute("name"))
        .containsExactly("tools/ci.Dockerfile no findings");
    assertThat(XmlDocuments.elements(doc, "failure")).hasSize(6);
  }

  @Test
  void failureNamesRuleAndSeverityAndKeepsTheTextIntact() throws Exception {
    Document doc = XmlDocuments.parse(WriterOutput.of(new JunitWriter(), SampleReport.report()));
    Element jsonArgsCase = XmlDocuments.elements(doc, "testcase").get(4);
    Element failure = (Element) jsonArgsCase.getElementsByTagName("failure").item(0);

    assertThat(jsonArgsCase.getAttribute("classname")).isEqualTo("Dockerfile");
    assertThat(jsonArgsCase.getAttribute("name")).isEqualTo("json-args-recommended (line 10)");
    assertThat(failure.getAttribute("type")).isEqualTo("warning");
    assertThat(failure.getAttribute("message")).contains("CMD [\"./app.sh\"] & signals", "<sh -c>");
    assertThat(failure.getTextContent())
        .contains("Dockerfile:10:1: warning json-args-recommended [DL3025, JSONArgsRecommended]")
        .contains("CMD ./app.sh")
        .contains("See https://plimsoll.dev/docs/rules/json-args-recommended");
  }

  @Test
  void controlCharactersAreShownNotWrittenRaw() throws Exception {
    Finding bell =
        SampleReport.finding(
            SampleReport.SYNTAX, "bell \u0007, null \u0000, form feed \f", "Dockerfile", 1, 1);
    Report report =
        new Report(
            "plimsoll",
            "0.1.0",
            List.of(bell),
            List.of(),
            List.of("Dockerfile"),
            Map.of("Dockerfile", List.of("FROM \u0000scratch")));

    String xml = WriterOutput.of(new JunitWriter(), report);
    Document doc = XmlDocuments.parse(xml);

    assertThat(xml).doesNotContain("\u0007", "\u0000", "\f");
    Element failure = XmlDocuments.elements(doc, "failure").get(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo("bell \\u0007, null \\u0000, form feed \\u000C");
    assertThat(failure.getTextContent()).contains("FROM \\u0000scratch");
  }
}
