package dev.plimsoll.dockerfile.shell;

import java.util.Arrays;
import java.util.Optional;

/**
 * Offsets in a script to lines. The script is made of segments, each starting on a known line;
 * within a segment every newline moves to the next line. A shell-form RUN joined from continuation
 * lines has one segment per source line; a heredoc body is one segment. When the columns are known
 * too (where each segment starts in its source line), offsets also map back to exact source
 * positions, for fixes that edit the Dockerfile.
 */
final class LineMap {
  private final int[] starts;
  private final int[] lines;
  private final int[] columns;
  private final int[] newlines;

  LineMap(String text, int[] starts, int[] lines) {
    this(text, starts, lines, null);
  }

  /** {@code columns} (0-based, one per segment) may be null when the source columns are unknown. */
  LineMap(String text, int[] starts, int[] lines, int[] columns) {
    this.starts = starts.clone();
    this.lines = lines.clone();
    this.columns = columns == null ? null : columns.clone();
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
    int segment = segment(offset);
    return lines[segment] + newlinesBefore(offset) - newlinesBefore(starts[segment]);
  }

  /** The source line and 0-based column of {@code offset}, when the columns are known. */
  Optional<SourcePosition> position(int offset) {
    if (columns == null) {
      return Optional.empty();
    }
    int segment = segment(offset);
    int before = newlinesBefore(offset);
    int inside = before - newlinesBefore(starts[segment]);
    int column =
        inside == 0
            ? columns[segment] + offset - starts[segment]
            : offset - newlines[before - 1] - 1;
    return Optional.of(new SourcePosition(lines[segment] + inside, column));
  }

  private int segment(int offset) {
    int segment = Arrays.binarySearch(starts, offset);
    if (segment < 0) {
      segment = Math.max(0, -segment - 2);
    }
    // For equal starts (an empty segment), binarySearch may land on any; take the last.
    while (segment + 1 < starts.length && starts[segment + 1] <= offset) {
      segment++;
    }
    return segment;
  }

  /** How many newlines lie strictly before {@code offset}. */
  private int newlinesBefore(int offset) {
    int i = Arrays.binarySearch(newlines, offset);
    return i >= 0 ? i : -i - 1;
  }
}
