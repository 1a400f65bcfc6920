package dev.plimsoll.image.source;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP/1.1 that three GETs to the Docker Engine need (RFC 9112): a request line with a Host
 * header on a connection of its own ({@code Connection: close}), the status line and headers, and a
 * body framed by chunked transfer coding, by {@code Content-Length}, or by the end of the
 * connection. Written by hand because the JDK's {@code HttpClient} cannot connect to a unix socket,
 * and the libraries that can (docker-java over junixsocket or Apache HttpClient 5) bring megabytes
 * of dependencies for what is a hundred lines here. The peer is not trusted: the headers are capped
 * at {@link #HEADER_CAP} bytes and every read waits at most the timeout ({@link EngineSocket}).
 */
final class EngineHttp {
  /** Go's net/http refuses more than 1 MiB of headers; the engine sends a few hundred bytes. */
  static final int HEADER_CAP = 64 * 1024;

  private static final Pattern STATUS = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: .*)?");

  private EngineHttp() {}

  /**
   * An answer: its status, its headers (names in lower case) and its body, which ends where the
   * framing says and fails with an {@link EOFException} when the connection ends before that.
   * Closing it closes the connection.
   */
  record Answer(int status, Map<String, String> headers, InputStream body)
      implements AutoCloseable {
    /** The whole body, refused when larger than {@code cap}. */
    byte[] read(int cap) throws IOException {
      byte[] bytes = body.readNBytes(cap + 1);
      if (bytes.length > cap) {
        throw new IOException("the answer is larger than " + cap + " bytes");
      }
      return bytes;
    }

    @Override
    public void close() throws IOException {
      body.close();
    }
  }

  /**
   * Sends {@code GET path} on a new connection and reads the status and headers; the caller reads
   * the body and closes the answer, which closes the socket (closed here on failure).
   */
  static Answer get(EngineSocket socket, String authority, String path) throws IOException {
    try {
      String request =
          "GET "
              + path
              + " HTTP/1.1\r\nHost: "
              + authority
              + "\r\nUser-Agent: plimsoll\r\nAccept: application/json, application/x-tar"
              + "\r\nConnection: close\r\n\r\n";
      socket.write(request.getBytes(ISO_8859_1));
      Lines lines = new Lines(socket, "the headers", HEADER_CAP);
      String statusLine = lines.next();
      Matcher m = STATUS.matcher(statusLine);
      if (!m.matches()) {
        throw new IOException("not an HTTP/1.1 answer: " + shorten(statusLine));
      }
      Map<String, String> headers = new HashMap<>();
      for (String h = lines.next(); !h.isEmpty(); h = lines.next()) {
        int colon = h.indexOf(':');
        if (colon <= 0) {
          throw new IOException("a malformed header: " + shorten(h));
        }
        headers.put(
            h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
      }
      return new Answer(Integer.parseInt(m.group(1)), headers, body(socket, headers));
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  /** The body as RFC 9112 section 6.3 frames it: chunked wins over Content-Length. */
  private static InputStream body(InputStream socket, Map<String, String> headers)
      throws IOException {
    Optional<String> coding = Optional.ofNullable(headers.get("transfer-encoding"));
    if (coding.isPresent()) {
      if (!coding.get().equalsIgnoreCase("chunked")) {
        throw new IOException("unsupported Transfer-Encoding: " + shorten(coding.get()));
      }
      return new ChunkedInput(socket);
    }
    String length = headers.get("content-length");
    if (length == null) {
      return socket;
    }
    long size;
    try {
      size = Long.parseLong(length);
    } catch (NumberFormatException e) {
      size = -1;
    }
    if (size < 0) {
      throw new IOException("a malformed Content-Length: " + shorten(length));
    }
    return new LengthInput(socket, size);
  }

  /**
   * Lines ended by CRLF (or a bare LF, as RFC 9112 section 2.2 lets a recipient accept), read from
   * a block of at most {@code cap} bytes: the headers, or a chunk's size line and trailers.
   */
  static final class Lines {
    private final InputStream in;
    private final String what;
    private final int cap;
    private int left;

    Lines(InputStream in, String what, int cap) {
      this.in = in;
      this.what = what;
      this.cap = cap;
      this.left = cap;
    }

    /** The next line, without its end. */
    String next() throws IOException {
      StringBuilder b = new StringBuilder();
      while (true) {
        int c = in.read();
        if (c < 0) {
          throw new EOFException("the connection ended inside " + what);
        }
        if (--left < 0) {
          throw new IOException(what + " are larger than " + cap + " bytes");
        }
        if (c == '\n') {
          int end = b.length();
          return end > 0 && b.charAt(end - 1) == '\r' ? b.substring(0, end - 1) : b.toString();
        }
        b.append((char) c);
      }
    }
  }

  static String shorten(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }

  /** A body that its framing ends, read a block at a time. */
  abstract static class Framed extends FilterInputStream {
    Framed(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public abstract int read(byte[] b, int off, int len) throws IOException;
  }

  /** A body of {@code Content-Length} bytes; fewer is an error, not an end. */
  private static final class LengthInput extends Framed {
    private final long size;
    private long left;

    LengthInput(InputStream in, long size) {
      super(in);
      this.size = size;
      this.left = size;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left == 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n < 0) {
        throw new EOFException(
            "the body was cut short at " + (size - left) + " of " + size + " bytes");
      }
      left -= n;
      return n;
    }
  }
}
