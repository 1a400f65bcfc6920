package dev.plimsoll.cli;

import java.io.File;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run for the AppCDS archive (see cli/pom.xml): runs the common commands in one JVM so
 * that every class they load is archived. Output goes nowhere.
 */
public final class Training {
  private Training() {}

  public static void main(String[] args) {
    String dir = args.length > 0 ? args[0] : "src/training";
    List<String> files = new ArrayList<>();
    File[] found = new File(dir).listFiles((d, name) -> name.endsWith("Dockerfile"));
    if (found != null) {
      for (File f : found) {
        files.add(f.getPath());
      }
    }
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    Plimsoll.run(sink, sink, "--version");
    Plimsoll.run(sink, sink, "--help");
    Plimsoll.run(sink, sink, "rules");
    for (String format : List.of("tty", "json", "sarif", "checkstyle", "gitlab", "junit")) {
      List<String> lint =
          new ArrayList<>(List.of("lint", "--format", format, "--config", dir + "/plimsoll.yaml"));
      lint.addAll(files);
      Plimsoll.run(sink, sink, lint.toArray(String[]::new));
    }
    for (String f : files) {
      Plimsoll.run(sink, sink, "parse", f, "--dump", "buildkit");
      Plimsoll.run(sink, sink, "parse", f, "--dump", "json");
    }
    Plimsoll.run(sink, sink, "lint", "--config", dir + "/hadolint.yaml", dir);
    List<String> diff = new ArrayList<>(List.of("lint", "--diff"));
    diff.addAll(files);
    Plimsoll.run(sink, sink, diff.toArray(String[]::new));
    Plimsoll.run(sink, sink, "lint", "--no-such-flag");
  }
}
