package dev.plimsoll.rules.dockerfile.shellcheck;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * ShellCheck over the RUN instructions of every file of a lint run, in as few ShellCheck processes
 * as there are shell dialects among them. Files are added as they are linted; {@link #run()} checks
 * them all at the end. What ShellCheck says is only detected here: the engine decides, as for any
 * rule, which findings stand.
 */
public final class ShellCheckPass {
  /** The catalogue's one entry for every ShellCheck code; findings are named {@code SCnnnn}. */
  public static final RuleMeta META =
      new RuleMeta(
          "shellcheck",
          List.of(),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "RUN scripts should pass ShellCheck; each finding is named for its code, e.g. SC2086");

  private static final Pattern CODE = Pattern.compile("SC\\d{4}", Pattern.CASE_INSENSITIVE);

  /**
   * ShellCheck takes seconds per megabyte of script; no hand-written RUN comes near this, and a
   * generated one is not worth the wait.
   */
  static final int MAX_SCRIPT_CHARS = 256 * 1024;

  private final ShellCheck checker;
  private final List<Pending> pending = new ArrayList<>();
  private final Set<String> skipped = new LinkedHashSet<>();

  private record Pending(int source, String file, RunBody body) {}

  public ShellCheckPass(ShellCheck checker) {
    this.checker = checker;
  }

  /** True when {@code id} names a ShellCheck code, e.g. {@code SC2086}. */
  public static boolean isCode(String id) {
    return CODE.matcher(id).matches();
  }

  /** The metadata of one ShellCheck code, at the severity of its level. */
  public static RuleMeta meta(int code, Severity severity) {
    return new RuleMeta(
        "SC" + code,
        List.of(),
        severity,
        Domain.DOCKERFILE,
        "ShellCheck SC" + code + " (" + RuleMeta.SHELLCHECK_WIKI + "SC" + code + ")");
  }

  /**
   * One ShellCheck comment in Dockerfile terms.
   *
   * @param source the number the file was added with
   * @param file the file's name
   * @param instructionLine the RUN's first line, where ignore pragmas apply
   * @param code the ShellCheck code, e.g. 2086
   * @param severity ShellCheck's level
   * @param message ShellCheck's message
   * @param line the line ShellCheck points at
   * @param column its column (UTF-16, 1-based)
   * @param endLine the last line of what it points at
   */
  public record Found(
      int source,
      String file,
      int instructionLine,
      int code,
      Severity severity,
      String message,
      int line,
      int column,
      int endLine) {}

  /** Everything found, and what the user should hear about ShellCheck itself (one line each). */
  public record Result(List<Found> found, List<String> warnings) {
    public Result {
      found = List.copyOf(found);
      warnings = List.copyOf(warnings);
    }
  }

  /** Takes the RUN bodies of one file, to check with the others in {@link #run()}. */
  public void add(int source, Dockerfile file) {
    for (Instruction i : file.instructions()) {
      if (i instanceof Run run) {
        RunBody.of(run, file).ifPresent(b -> take(source, file.file(), b));
      }
    }
  }

  private void take(int source, String file, RunBody body) {
    if (body.text().length() > MAX_SCRIPT_CHARS) {
      skipped.add(
          file
              + ":"
              + body.run().node().startLine()
              + ": RUN is longer than 256 KiB; not checked with ShellCheck");
    } else {
      pending.add(new Pending(source, file, body));
    }
  }

  /** Runs ShellCheck once per dialect over everything added. */
  public Result run() {
    Map<String, List<Pending>> byDialect = new TreeMap<>();
    for (Pending p : pending) {
      byDialect.computeIfAbsent(p.body().dialect(), d -> new ArrayList<>()).add(p);
    }
    List<Found> found = new ArrayList<>();
    Set<String> warnings = new LinkedHashSet<>(skipped);
    for (Map.Entry<String, List<Pending>> e : byDialect.entrySet()) {
      List<Pending> group = e.getValue();
      ShellCheck.Outcome outcome =
          checker.check(e.getKey(), group.stream().map(p -> p.body().text()).toList());
      outcome.problem().ifPresent(warnings::add);
      for (int i = 0; i < group.size() && i < outcome.comments().size(); i++) {
        Pending p = group.get(i);
        for (Comment c : outcome.comments().get(i)) {
          p.body().locate(c).ifPresent(at -> found.add(found(p, c, at)));
        }
      }
    }
    return new Result(found, List.copyOf(warnings));
  }

  private static Found found(Pending p, Comment c, RunBody.Location at) {
    return new Found(
        p.source(),
        p.file(),
        p.body().run().node().startLine(),
        c.code(),
        severity(c.level()).orElse(Severity.WARNING),
        c.message(),
        at.line(),
        at.column(),
        at.endLine());
  }

  /** ShellCheck's levels are hadolint's severities, by the same names. */
  static Optional<Severity> severity(String level) {
    return Severity.parse(level.toLowerCase(Locale.ROOT));
  }
}
