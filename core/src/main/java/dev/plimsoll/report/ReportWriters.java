package dev.plimsoll.report;

import java.util.List;
import java.util.Optional;

/** Every report format, one writer each, sorted by format name. */
public final class ReportWriters {

  private static final List<ReportWriter> ALL =
      List.of(
          new CheckstyleWriter(),
          new GitlabWriter(),
          new JsonWriter(),
          new JunitWriter(),
          new SarifWriter(),
          new TtyWriter());

  private ReportWriters() {}

  /** All writers, sorted by {@link ReportWriter#format()}. */
  public static List<ReportWriter> all() {
    return ALL;
  }

  /** The writer for {@code --format NAME}; names are lower case, as the CLI documents them. */
  public static Optional<ReportWriter> forFormat(String name) {
    return ALL.stream().filter(w -> w.format().equals(name)).findFirst();
  }

  /** The format names, sorted, for help texts and error messages. */
  public static List<String> formats() {
    return ALL.stream().map(ReportWriter::format).toList();
  }
}
