package dev.plimsoll.dockerfile.shell;

import java.util.Arrays;

/**
 * Offsets in a script to lines. The script is made of segments, each starting on a known line;
 * within a segment every newline moves to the next line. A shell-form RUN joined from continuation
 * lines has one segment per source line; a heredoc body is one segment.
 */
final class LineMap {
  private final int[] starts;
  private final int[] lines;
  private final int[] newlines;

  LineMap(String text, int[] starts, int[] lines) {
    this.starts = starts.clone();
    this.lines = lines.clone();
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    this.newlines = new int[count];
    int k = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        newlines[k++] = i;
      }
    }
  }

  /** Lines counted from 1 at the start of the script. */
  static LineMap ofScript(String text) {
    return new LineMap(text, new int[] {0}, new int[] {1});
  }

  /** A text that sits on one Dockerfile line, whatever newlines it holds (an exec-form RUN). */
  static LineMap ofLine(int line) {
    return new LineMap("", new int[] {0}, new int[] {line});
  }

  int line(int offset) {
    int segment = Arrays.binarySearch(starts, offset);
    if (segment < 0) {
      segment = Math.max(0, -segment - 2);
    }
    // For equal starts (an empty segment), binarySearch may land on any; take the last.
    while (segment + 1 < starts.length && starts[segment + 1] <= offset) {
      segment++;
    }
    return lines[segment] + newlinesBefore(offset) - newlinesBefore(starts[segment]);
  }

  /** How many newlines lie strictly before {@code offset}. */
  private int newlinesBefore(int offset) {
    int i = Arrays.binarySearch(newlines, offset);
    return i >= 0 ? i : -i - 1;
  }
}
