package dev.plimsoll.dockerfile.syntax;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Turns a Dockerfile's bytes into text, refusing what is not a Dockerfile. BuildKit reads bytes and
 * never checks the encoding; Plimsoll refuses binary and malformed UTF-8 up front so that every
 * later layer can work on Java strings, and so that the user hears about it in one line.
 */
public final class DockerfileText {
  private DockerfileText() {}

  /** Reads and decodes a file; {@code displayName} is the name used in messages. */
  public static String read(Path path, String displayName) throws BadInputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new BadInputException(displayName, "no such file", e);
    } catch (IOException e) {
      throw new BadInputException(displayName, "cannot read file: " + e.getMessage(), e);
    }
    return decode(bytes, displayName);
  }

  /**
   * Decodes UTF-8, dropping a leading byte-order mark (BuildKit drops it too). Line endings are
   * kept as they are: the parser handles CRLF the way BuildKit does.
   */
  public static String decode(byte[] bytes, String displayName) throws BadInputException {
    int start = hasBom(bytes) ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new BadInputException(
            displayName, lineOf(bytes, i), "binary file: NUL byte at offset " + i);
      }
    }
    String text = decodeStrict(bytes, start, displayName);
    if (GoText.trimSpace(text).isEmpty()) {
      // BuildKit answers "file with no instructions"; an empty file is the likelier mistake.
      throw new BadInputException(displayName, "file is empty");
    }
    return text;
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  private static String decodeStrict(byte[] bytes, int start, String displayName)
      throws BadInputException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      throw new BadInputException(
          displayName,
          lineOf(bytes, offset),
          String.format("not valid UTF-8: byte 0x%02x at offset %d", bytes[offset] & 0xFF, offset));
    }
    if (result.isOverflow()) {
      throw new IllegalStateException("UTF-8 never decodes to more chars than bytes");
    }
    out.flip();
    return out.toString();
  }

  /** The 1-based line holding the byte at {@code offset}. */
  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
