package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.image.model.BaseSplit;
import dev.plimsoll.image.model.ImageAnalysis;
import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.image.source.ImageSources;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.Severity;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's structure, and what it makes of names and instructions that are markup. */
class ImageHtmlTest {
  private static final Path DIVE =
      Path.of(System.getProperty("plimsoll.corpus", "../../shared/corpus"))
          .resolve("images/dive/test-docker-image.tar");

  @TempDir Path dir;

  private static String page(Path archive, List<Finding> findings) throws Exception {
    StringWriter out = new StringWriter();
    try (ImageSource source = ImageSources.open("docker-archive:" + archive)) {
      ImageAnalysis analysis = ImageAnalysis.analyze(source);
      BaseSplit split = BaseSplit.inferred(analysis, source.config().history());
      ImageHtml.write(analysis, split, findings, out);
    }
    return out.toString();
  }

  private static int count(String html, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void everySectionIsThereWithABarAndAnOptionPerLayer() throws Exception {
    String html = page(DIVE, List.of());
    assertThat(count(html, "<g class=\"bar\"")).isEqualTo(14);
    assertThat(count(html, "<option value=")).isEqualTo(14);
    assertThat(html)
        .contains("<section id=\"layers\">", "<section id=\"files\">", "<section id=\"waste\">")
        .contains("<section id=\"findings\">\n<h2>Findings</h2>\n<p>No findings.</p>")
        .contains("<text class=\"size\" x=\"410\" y=\"18\">1.2 MB</text>")
        .contains("<strong id=\"reclaimable\">32.0 kB</strong>")
        .contains("<strong id=\"wasted\">32.0 kB</strong>")
        .contains("<td>/root/example/somefile1.txt</td>")
        .contains("<tr><td class=\"num\">6.4 kB</td><td>temporary files</td><td>/tmp</td>");
    // Layer 9's changes, and nothing of the unchanged tree, are its part of the data.
    assertThat(html)
        .contains(
            "[[\"root\",\"~\",\"drwx------\",\"0:0\",\"12.8 kB\",\"root\"],"
                + "[\"root/example\",\"-\",\"drwxr-xr-x\",\"0:0\",\"12.8 kB\",\"example\"],");
  }

  @Test
  void namesInstructionsAndMessagesStayText() throws Exception {
    Finding finding =
        new Finding(
            "image-unneeded-files",
            List.of(),
            Severity.WARNING,
            "found /app/<b>x</b>",
            "hostile.tar",
            2,
            1,
            2);
    String html = page(HostileNamesImage.write(dir), List.of(finding));
    assertThat(html)
        .doesNotContain(HostileNamesImage.PAYLOAD)
        .doesNotContain("<b>x</b>")
        .contains("found /app/&lt;b&gt;x&lt;/b&gt;")
        .contains(
            "RUN touch &#39;&lt;img src=x onerror=&quot;document.body.dataset.pwned=1&quot;&gt;");
    // Two script elements: the data and the page's own script, each ended once.
    assertThat(count(html, "<script")).isEqualTo(2);
    assertThat(count(html, "</script>")).isEqualTo(2);
  }
}
