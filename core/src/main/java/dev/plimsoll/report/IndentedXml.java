package dev.plimsoll.report;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's {@link XMLStreamWriter}, indented two spaces, with every attribute and text passed
 * through {@link Visible}: the writer escapes markup but would copy control characters that no XML
 * 1.0 parser accepts.
 */
final class IndentedXml {

  // The JDK's own writer, not whichever StAX provider the classpath brings (CycloneDX brings
  // Woodstox, which leaves '>' unescaped in attributes): reports must not change with a library.
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final XMLStreamWriter xml;
  private final Writer out;
  private int depth;

  private IndentedXml(XMLStreamWriter xml, Writer out) {
    this.xml = xml;
    this.out = out;
  }

  static IndentedXml open(Writer out) throws IOException {
    try {
      IndentedXml doc = new IndentedXml(FACTORY.createXMLStreamWriter(out), out);
      doc.xml.writeStartDocument("UTF-8", "1.0");
      return doc;
    } catch (XMLStreamException e) {
      throw new IOException("cannot start an XML report", e);
    }
  }

  /** Opens an element on a new line; its attributes follow. */
  IndentedXml start(String name) throws IOException {
    try {
      newline();
      xml.writeStartElement(name);
      depth++;
      return this;
    } catch (XMLStreamException e) {
      throw new IOException("cannot write XML element " + name, e);
    }
  }

  /** An element with no content on a new line; its attributes follow. */
  IndentedXml empty(String name) throws IOException {
    try {
      newline();
      xml.writeEmptyElement(name);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException("cannot write XML element " + name, e);
    }
  }

  /** An attribute of the element just opened; line breaks in it would read back as spaces. */
  IndentedXml attribute(String name, String value) throws IOException {
    try {
      xml.writeAttribute(name, Visible.of(value));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException("cannot write XML attribute " + name, e);
    }
  }

  IndentedXml attribute(String name, int value) throws IOException {
    return attribute(name, Integer.toString(value));
  }

  /** Text content, one {@link Visible} line per entry, joined by line breaks. */
  IndentedXml text(Iterable<String> lines) throws IOException {
    try {
      StringBuilder text = new StringBuilder();
      for (String line : lines) {
        text.append(text.length() == 0 ? "" : "\n").append(Visible.of(line));
      }
      xml.writeCharacters(text.toString());
      return this;
    } catch (XMLStreamException e) {
      throw new IOException("cannot write XML text", e);
    }
  }

  /** Closes the innermost open element; {@code indent} puts its end tag on a line of its own. */
  IndentedXml end(boolean indent) throws IOException {
    try {
      depth--;
      if (indent) {
        newline();
      }
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IOException("cannot end XML element", e);
    }
  }

  /** Ends the document with a newline and flushes it. */
  void close() throws IOException {
    try {
      xml.writeEndDocument();
      xml.flush();
      xml.close();
      out.write('\n');
      out.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot end an XML report", e);
    }
  }

  private void newline() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
