package dev.plimsoll.rules.dockerfile.shellcheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the {@code shellcheck} program once per batch of scripts: each script goes to its own file
 * in a private temporary folder, and one {@code shellcheck -f json1} reads them all. Starting
 * ShellCheck costs tens of milliseconds (it is a Haskell program with a large runtime), so one
 * process per RUN would cost more than the rest of the lint; one per batch costs it once.
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
  private static final int BATCH = 500;

  /** ShellCheck writes about 400 bytes per comment; this is tens of thousands of comments. */
  private static final long MAX_OUTPUT = 64L << 20;

  private static final int MAX_STDERR = 4096;

  private final Path binary;
  private final Duration timeout;

  ShellCheckProcess(Path binary, Duration timeout) {
    this.binary = binary;
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
      List<List<Comment>> out = new ArrayList<>();
      for (int from = 0; from < names.size(); from += BATCH) {
        List<String> batch = names.subList(from, Math.min(names.size(), from + BATCH));
        Map<String, List<Comment>> found = run(dir, dialect, batch, deadline);
        for (String name : batch) {
          out.add(found.getOrDefault(name, List.of()));
        }
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

  private Map<String, List<Comment>> run(
      Path dir, String dialect, List<String> files, long deadline) throws Failure, IOException {
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(
        List.of("-f", "json1", "--norc", "-s", dialect, "-e", String.join(",", EXCLUDED), "--"));
    command.addAll(files);
    Path stdout = dir.resolve("stdout.json");
    Path stderr = dir.resolve("stderr.txt");
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
