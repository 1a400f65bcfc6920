package dev.plimsoll.dockerfile.syntax;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines the way BuildKit's {@code scanLines} does: at LF, terminators kept. */
final class SourceLines {
  private SourceLines() {}

  /** The lines, each with its terminator; a leading byte-order mark is dropped. */
  static List<String> split(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < body.length()) {
      int newline = body.indexOf('\n', start);
      int end = newline < 0 ? body.length() : newline + 1;
      lines.add(body.substring(start, end));
      start = end;
    }
    return lines;
  }

  static List<String> withoutTerminators(List<String> raw) {
    List<String> lines = new ArrayList<>(raw.size());
    for (String line : raw) {
      lines.add(GoText.trimNewline(line));
    }
    return lines;
  }
}
