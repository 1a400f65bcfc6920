package dev.plimsoll.image.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A body in chunked transfer coding (RFC 9112 section 7.1), as the Docker Engine streams {@code
 * /images/{name}/get}: hex size lines, each chunk followed by CRLF, a zero-size chunk, trailers and
 * an empty line. A connection that ends before the last chunk is an error, not an end.
 */
final class ChunkedInput extends EngineHttp.Framed {
  /** A size line holds a size and perhaps extensions; trailers are a few headers at most. */
  private static final int LINE_CAP = 8 * 1024;

  private long left;
  private boolean first = true;
  private boolean done;

  ChunkedInput(InputStream in) {
    super(in);
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (left == 0 && !nextChunk()) {
      return -1;
    }
    int n = in.read(b, off, (int) Math.min(len, left));
    if (n < 0) {
      throw new EOFException("the body was cut short inside a chunk");
    }
    left -= n;
    return n;
  }

  /** Reads the next size line; false after the last chunk and its trailers. */
  private boolean nextChunk() throws IOException {
    if (done) {
      return false;
    }
    EngineHttp.Lines lines = new EngineHttp.Lines(in, "the chunk lines", LINE_CAP);
    if (!first && !lines.next().isEmpty()) {
      throw new IOException("a chunk is longer than its size line says");
    }
    first = false;
    String line = lines.next();
    int semicolon = line.indexOf(';');
    String hex = (semicolon < 0 ? line : line.substring(0, semicolon)).strip();
    // 15 hex digits stay below Long.MAX_VALUE; a size that large is a lie anyway.
    if (hex.isEmpty() || hex.length() > 15 || !hex.chars().allMatch(ChunkedInput::isHex)) {
      throw new IOException("a malformed chunk size: " + EngineHttp.shorten(line));
    }
    left = Long.parseLong(hex, 16);
    if (left == 0) {
      done = true;
      while (!lines.next().isEmpty()) {
        // Trailer fields: nothing the engine sends in them is needed.
      }
      return false;
    }
    return true;
  }

  private static boolean isHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
