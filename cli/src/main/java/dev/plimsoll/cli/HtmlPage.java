package dev.plimsoll.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The frame of a self-contained HTML report (image now, scan later): one file, its style and script
 * inline, and a Content-Security-Policy that forbids every request, so a report opened from a CI
 * artefact cannot call home even if an escape were missed. Every string from the input goes through
 * {@link #text} or {@link #data}; no template library is needed for a page this small.
 */
final class HtmlPage {
  static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

  private static final JsonFactory JSON =
      new JsonFactoryBuilder()
          .characterEscapes(new ScriptSafe())
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private HtmlPage() {}

  /** Writes everything up to the opening of the body, with the page's style. */
  static void begin(Writer out, String title) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>" + text(title) + "</title>\n<style>\n");
    out.write(resource("html/page.css"));
    out.write("</style>\n</head>\n<body>\n");
  }

  /** Closes a page that needs no script. */
  static void end(Writer out) throws IOException {
    out.write("</body>\n</html>\n");
    out.flush();
  }

  /** Writes the script {@code html/NAME} inline, then closes the page. */
  static void end(Writer out, String script) throws IOException {
    out.write("<script>\n");
    out.write(resource("html/" + script));
    out.write("</script>\n</body>\n</html>\n");
    out.flush();
  }

  /**
   * Text for an element or a quoted attribute: the five characters HTML gives a meaning to become
   * references, and control characters (which HTML forbids) a replacement character.
   */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }

  /** One name and value of a header's {@code <dl class="figures">}. */
  static void figure(Writer out, String name, String value) throws IOException {
    out.write("<div><dt>" + text(name) + "</dt><dd>" + text(value) + "</dd></div>\n");
  }

  /** Something that writes one JSON value. */
  interface JsonBody {
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * A {@code <script type="application/json">} block for the page's script to read. {@code <},
   * {@code >} and {@code &} are written as {@code \\u} escapes, so no string can end the block
   * (HTML's script data state ends it at {@code </script}, whatever the JSON).
   */
  static void data(Writer out, String id, JsonBody body) throws IOException {
    out.write("<script type=\"application/json\" id=\"" + text(id) + "\">");
    JsonGenerator g = JSON.createGenerator(out);
    body.write(g);
    g.close();
    out.write("</script>\n");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Jackson's escapes plus the three characters that matter inside an HTML script element. */
  private static final class ScriptSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes = standardAsciiEscapesForJSON();

    ScriptSafe() {
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
