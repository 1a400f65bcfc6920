package dev.plimsoll.rules.dockerfile.shellcheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the {@code shellcheck} program on batches of scripts: each script goes to its own file in a
 * private temporary folder, and one {@code shellcheck -f json1} reads a whole batch. A process per
 * RUN would pay ShellCheck's start-up (about 7 ms of CPU) and Plimsoll's process handling for every
 * RUN; a batch pays them once. ShellCheck uses one core, and its analysis (about 10 ms of CPU per
 * RUN) is most of the cost, so the batches of a large run go to one process per core, side by side;
 * a small run is one process.
 */
final class ShellCheckProcess implements ShellCheck {
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

  /**
   * hadolint's exclusions (src/Hadolint/Shell.hs): SC2187, ash is not supported (ShellCheck checks
   * it as dash), and SC1090, a {@code source} of a non-constant path, which only a {@code #
   * shellcheck source=} directive could settle and a Dockerfile cannot carry one there.
   */
  static final List<String> EXCLUDED = List.of("SC1090", "SC2187");

  /** Keeps each command line far below the kernel's argument limit (ARG_MAX, 128 KiB at least). */
  private static final int MAX_BATCH = 500;

  /** Below this many scripts per process, another process costs more than it saves. */
  private static final int MIN_BATCH = 50;

  /** ShellCheck writes about 400 bytes per comment; this is tens of thousands of comments. */
  private static final long MAX_OUTPUT = 64L << 20;

  private static final int MAX_STDERR = 4096;

  private final Path binary;
  private final Duration timeout;

  ShellCheckProcess(Path binary, Duration timeout) {
    // ShellCheck runs in its temporary folder, so a relative path must be made absolute first; a
    // bare name is left for the PATH lookup.
    this.binary = binary.getParent() == null ? binary : binary.toAbsolutePath();
    this.timeout = timeout;
  }

  @Override
  public Outcome check(String dialect, List<String> scripts) {
    if (scripts.isEmpty()) {
      return new Outcome(List.of(), Optional.empty());
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("plimsoll-shellcheck-");
      List<String> names = new ArrayList<>();
      for (int i = 0; i < scripts.size(); i++) {
        String name = (i + 1) + ".sh";
        Files.writeString(dir.resolve(name), scripts.get(i), StandardCharsets.UTF_8);
        names.add(name);
      }
      long deadline = System.nanoTime() + timeout.toNanos();
      int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
      int size = Math.max(MIN_BATCH, Math.min(MAX_BATCH, -Math.floorDiv(-names.size(), cores)));
      List<List<String>> batches = new ArrayList<>();
      for (int from = 0; from < names.size(); from += size) {
        batches.add(names.subList(from, Math.min(names.size(), from + size)));
      }
      Map<String, List<Comment>> found = new HashMap<>();
      for (int wave = 0; wave < batches.size(); wave += cores) {
        List<Started> running = new ArrayList<>();
        try {
          for (int b = wave; b < Math.min(batches.size(), wave + cores); b++) {
            running.add(start(dir, dialect, batches.get(b), b));
          }
          for (Started started : running) {
            found.putAll(finish(started, deadline));
          }
        } finally {
          running.forEach(r -> r.process().destroyForcibly());
        }
      }
      List<List<Comment>> out = new ArrayList<>();
      for (String name : names) {
        out.add(found.getOrDefault(name, List.of()));
      }
      return new Outcome(out, Optional.empty());
    } catch (Failure e) {
      return Outcome.failed(scripts.size(), e.getMessage());
    } catch (IOException e) {
      return Outcome.failed(
          scripts.size(), "ShellCheck was not run: cannot write its input: " + e.getMessage());
    } finally {
      delete(dir);
    }
  }

  /** What went wrong, already phrased for the user. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }

  /** A ShellCheck process on its way, and where it writes. */
  private record Started(Process process, Path stdout, Path stderr) {}

  private Started start(Path dir, String dialect, List<String> files, int index) throws Failure {
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(
        List.of("-f", "json1", "--norc", "-s", dialect, "-e", String.join(",", EXCLUDED), "--"));
    command.addAll(files);
    Path stdout = dir.resolve("stdout-" + index + ".json");
    Path stderr = dir.resolve("stderr-" + index + ".txt");
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
    } catch (IOException e) {
      throw new Failure(
          "ShellCheck is not installed ('"
              + binary
              + "' cannot be run), so RUN instructions were not checked with it; install"
              + " shellcheck, or turn it off with --no-shellcheck or 'shellcheck: false'");
    }
    return new Started(process, stdout, stderr);
  }

  private Map<String, List<Comment>> finish(Started started, long deadline)
      throws Failure, IOException {
    Process process = started.process();
    Path stdout = started.stdout();
    Path stderr = started.stderr();
    try {
      long left = deadline - System.nanoTime();
      if (left <= 0 || !process.waitFor(left, TimeUnit.NANOSECONDS)) {
        process.destroyForcibly();
        throw new Failure(
            "ShellCheck did not finish within "
                + timeout.toSeconds()
                + " s; its findings are left out");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new Failure("interrupted while ShellCheck ran; its findings are left out");
    }
    int exit = process.exitValue();
    // 0: no comments; 1: some comments. Anything else is a refusal or a crash.
    if (exit != 0 && exit != 1) {
      throw new Failure(
          "ShellCheck failed (exit code "
              + exit
              + "): "
              + head(stderr)
              + "; its findings are left out");
    }
    if (Files.size(stdout) > MAX_OUTPUT) {
      throw new Failure("ShellCheck wrote more than 64 MiB; its findings are left out");
    }
    try {
      return ShellCheckJson.parse(Files.readString(stdout, StandardCharsets.UTF_8));
    } catch (ShellCheckJson.Garbage e) {
      throw new Failure(
          "ShellCheck's output could not be read ("
              + e.getMessage()
              + "); its findings are left out");
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  /** The first line of what the process wrote to standard error. */
  private static String head(Path stderr) throws IOException {
    try (InputStream in = Files.newInputStream(stderr)) {
      String text = new String(in.readNBytes(MAX_STDERR), StandardCharsets.UTF_8);
      String first =
          text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
      return first.isEmpty() ? "no message" : first;
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A leftover temporary folder is not worth failing the lint for.
    }
  }
}
