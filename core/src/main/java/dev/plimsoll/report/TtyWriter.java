package dev.plimsoll.report;

import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --format tty}: for people at a terminal. Each finding shows where it is, how bad, which
 * rule, what to do, and the instruction it is about; a summary line ends the report. Text from the
 * Dockerfile goes through {@link Visible}, so a Dockerfile cannot send escape sequences to the
 * terminal.
 */
public final class TtyWriter implements ReportWriter {

  /** Lines of an instruction shown under its finding; the rest are counted. */
  static final int EXCERPT_LINES = 3;

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

  @Override
  public String format() {
    return "tty";
  }

  @Override
  public void write(Report report, Writer out, boolean color) throws IOException {
    Paint paint = new Paint(color);
    for (Finding finding : report.findings()) {
      writeFinding(report, finding, paint, out);
      out.write('\n');
    }
    out.write(summary(report));
    out.write('\n');
    out.flush();
  }

  private static void writeFinding(Report report, Finding f, Paint paint, Writer out)
      throws IOException {
    StringBuilder head = new StringBuilder();
    head.append(paint.apply(BOLD, Visible.of(f.file()) + ":" + f.line()))
        .append(' ')
        .append(paint.apply(colour(f.severity()), f.severity().label()))
        .append(' ')
        .append(paint.apply(BOLD, f.rule()));
    if (!f.aliases().isEmpty()) {
      head.append(" [").append(String.join(", ", f.aliases())).append(']');
    }
    out.write(head.append('\n').toString());
    out.write("  " + Visible.of(f.message()) + "\n");
    List<String> lines = Locations.instruction(report, f);
    int shown = Math.min(lines.size(), EXCERPT_LINES);
    int width = String.valueOf(f.line() + shown - 1).length();
    for (int i = 0; i < shown; i++) {
      String number = String.format("%" + width + "d |", f.line() + i);
      out.write("  " + paint.apply(DIM, number) + " " + Visible.of(lines.get(i)) + "\n");
    }
    int more = lines.size() - shown;
    if (more > 0) {
      String gutter = " ".repeat(width) + " |";
      out.write("  " + paint.apply(DIM, gutter + " ... " + plural(more, "more line")) + "\n");
    }
  }

  /** {@code 3 findings in 2 of 4 files: 1 error, 2 warnings}, or {@code No findings in 1 file.} */
  static String summary(Report report) {
    int checked = Locations.files(report).size();
    if (report.findings().isEmpty()) {
      return "No findings in " + plural(checked, "file") + ".";
    }
    Set<String> withFindings = new HashSet<>();
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Finding f : report.findings()) {
      withFindings.add(f.file());
      counts.merge(f.severity(), 1, Integer::sum);
    }
    String files =
        withFindings.size() == checked
            ? plural(checked, "file")
            : withFindings.size() + " of " + plural(checked, "file");
    List<String> parts = new ArrayList<>();
    counts.forEach((severity, n) -> parts.add(count(n, severity)));
    return plural(report.findings().size(), "finding")
        + " in "
        + files
        + ": "
        + String.join(", ", parts);
  }

  private static String count(int n, Severity severity) {
    return switch (severity) {
      case ERROR, WARNING -> plural(n, severity.label());
      // "info" and "style" read as uncountable: "2 info", not "2 infos".
      case INFO, STYLE -> n + " " + severity.label();
    };
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String colour(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
      case STYLE -> "\u001b[35m";
    };
  }

  /** ANSI colours, or nothing at all. */
  private record Paint(boolean on) {
    String apply(String code, String text) {
      return on ? code + text + RESET : text;
    }
  }
}
