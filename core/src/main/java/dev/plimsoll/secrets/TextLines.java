package dev.plimsoll.secrets;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file's lines as bytes, with bounded memory: lines longer than {@link #LINE_LIMIT} come in
 * pieces of that size under the same number (a secret across a piece's edge is missed), a file with
 * a NUL byte in its first {@link #SNIFF} bytes is binary and not read further (git's and grep's
 * test), and reading stops after {@link #FILE_LIMIT} bytes.
 */
final class TextLines {
  static final int LINE_LIMIT = 64 * 1024;
  static final int SNIFF = 8 * 1024;
  static final long FILE_LIMIT = 10L << 20;

  /** How much of a file was read. */
  enum Coverage {
    WHOLE,
    /** Only the first {@link #FILE_LIMIT} bytes. */
    TRUNCATED,
    /** A NUL byte in the first {@link #SNIFF} bytes: not text. */
    BINARY
  }

  /** Receives each line, without its {@code \n} or {@code \r\n}. */
  interface Sink {
    void line(int number, byte[] bytes, int length);
  }

  private TextLines() {}

  static Coverage read(InputStream in, Sink sink) throws IOException {
    byte[] chunk = in.readNBytes(SNIFF);
    for (byte b : chunk) {
      if (b == 0) {
        return Coverage.BINARY;
      }
    }
    byte[] line = new byte[LINE_LIMIT];
    int length = 0;
    int number = 1;
    long total = 0;
    int n = chunk.length;
    while (n > 0) {
      for (int i = 0; i < n; i++) {
        byte b = chunk[i];
        if (b == '\n') {
          sink.line(number++, line, withoutReturn(line, length));
          length = 0;
        } else {
          if (length == LINE_LIMIT) {
            sink.line(number, line, length);
            length = 0;
          }
          line[length++] = b;
        }
      }
      total += n;
      if (total >= FILE_LIMIT) {
        flush(sink, number, line, length);
        return in.read() < 0 ? Coverage.WHOLE : Coverage.TRUNCATED;
      }
      n = in.read(chunk, 0, (int) Math.min(chunk.length, FILE_LIMIT - total));
    }
    flush(sink, number, line, length);
    return Coverage.WHOLE;
  }

  private static void flush(Sink sink, int number, byte[] line, int length) {
    if (length > 0) {
      sink.line(number, line, withoutReturn(line, length));
    }
  }

  private static int withoutReturn(byte[] line, int length) {
    return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
  }
}
