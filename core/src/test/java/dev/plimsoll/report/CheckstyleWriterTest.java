package dev.plimsoll.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class CheckstyleWriterTest {

  @Test
  void everyCheckedFileAppearsWithItsErrors() throws Exception {
    Document doc =
        XmlDocuments.parse(WriterOutput.of(new CheckstyleWriter(), SampleReport.report()));

    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("checkstyle");
    assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("4.3");
    List<Element> files = XmlDocuments.elements(doc, "file");
    assertThat(files)
        .extracting(f -> f.getAttribute("name"))
        .containsExactly(SampleReport.DOCKERFILE, SampleReport.API, SampleReport.CLEAN);
    assertThat(files)
        .extracting(f -> f.getElementsByTagName("error").getLength())
        .containsExactly(5, 1, 0);
  }

  @Test
  void attributesCarryTheFindingAndSurviveEscaping() throws Exception {
    Document doc =
        XmlDocuments.parse(WriterOutput.of(new CheckstyleWriter(), SampleReport.report()));
    List<Element> errors = XmlDocuments.elements(doc, "error");

    assertThat(errors)
        .extracting(e -> e.getAttribute("severity"))
        .containsExactly("warning", "info", "warning", "info", "warning", "error");
    Element jsonArgs = errors.get(4);
    assertThat(jsonArgs.getAttribute("message"))
        .isEqualTo(
            "Use JSON arguments: CMD [\"./app.sh\"] & signals reach the process, not <sh -c>");
    assertThat(jsonArgs.getAttribute("source")).isEqualTo("plimsoll.json-args-recommended");
    assertThat(jsonArgs.getAttribute("line")).isEqualTo("10");
    assertThat(jsonArgs.getAttribute("column")).isEqualTo("1");
    assertThat(errors.get(3).getAttribute("message")).contains("“copy”");
    assertThat(errors.get(5).getAttribute("message"))
        .isEqualTo("unknown instruction \"\\u001B[31mFROM\" (ESC in keyword)");
  }
}
