package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class HtmlPageTest {

  @Test
  void textEscapesMarkupQuotesAndControlCharacters() {
    assertThat(HtmlPage.text("<a href=\"x\" title='y'>&amp;</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    assertThat(HtmlPage.text("a\u0000b\u001bc\td\ne")).isEqualTo("a\uFFFDb\uFFFDc\td\ne");
  }

  @Test
  void aDataBlockCannotBeEndedByItsStringsAndReadsBackTheSame() throws Exception {
    String hostile = "</script><script>alert(1)</script><!-- &amp; \u2028";
    StringWriter out = new StringWriter();
    HtmlPage.data(out, "d", g -> g.writeString(hostile));
    String html = out.toString();
    assertThat(html).startsWith("<script type=\"application/json\" id=\"d\">");
    // Only the block's own end tag; no '<' at all inside it.
    assertThat(html.indexOf("</script")).isEqualTo(html.lastIndexOf("</script"));
    String json = html.substring(html.indexOf('>') + 1, html.lastIndexOf("</script>"));
    assertThat(json).doesNotContain("<", ">", "&");
    assertThat(new ObjectMapper().readValue(json, String.class)).isEqualTo(hostile);
  }

  @Test
  void thePageForbidsEveryRequestAndCarriesItsStyleAndScriptInline() throws Exception {
    StringWriter out = new StringWriter();
    HtmlPage.begin(out, "a <title>");
    HtmlPage.end(out, "image-tree.js");
    String html = out.toString();
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">")
        .contains("<title>a &lt;title&gt;</title>")
        .contains("<style>\nbody {")
        .contains("document.getElementById('tree-data')")
        .endsWith("</html>\n");
    assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=|@import|url\\(");
  }
}
