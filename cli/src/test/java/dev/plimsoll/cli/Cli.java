package dev.plimsoll.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@code bin/plimsoll} as a separate process, the way a user or a CI job does. */
final class Cli {
  static final Path REPO = Path.of(System.getProperty("plimsoll.repo", "..")).toAbsolutePath();
  static final Path CORPUS =
      Path.of(System.getProperty("plimsoll.corpus", "../../shared/corpus")).toAbsolutePath();

  /** What the user sees. */
  record Result(int exit, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private Cli() {}

  static Result run(String... args) {
    return run(REPO, null, Map.of(), args);
  }

  static Result run(Path dir, byte[] stdin, Map<String, String> env, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(REPO.resolve("bin/plimsoll").toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().remove("NO_COLOR");
    pb.environment().putAll(env);
    String agent = System.getProperty("plimsoll.javaagent", "");
    if (agent.startsWith("-javaagent:")) {
      // Coverage of the child process, measured by the JaCoCo agent Maven prepared.
      pb.environment().merge("PLIMSOLL_JAVA_OPTS", agent, (a, b) -> a + " " + b);
    }
    return exec(pb, stdin, 120, "plimsoll " + String.join(" ", args));
  }

  /**
   * Starts {@code pb}, feeds it {@code stdin} (none when null), reads both outputs while it runs
   * and waits at most {@code seconds}; {@code what} names the command in the failure.
   */
  static Result exec(ProcessBuilder pb, byte[] stdin, int seconds, String what) {
    try {
      Process p = pb.start();
      CompletableFuture<byte[]> out = drain(p.getInputStream());
      CompletableFuture<byte[]> err = drain(p.getErrorStream());
      try (OutputStream in = p.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin);
        }
      }
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError(what + " did not finish in " + seconds + " s");
      }
      return new Result(
          p.exitValue(), new String(out.join(), UTF_8), new String(err.join(), UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static CompletableFuture<byte[]> drain(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in;
              ByteArrayOutputStream buf = new ByteArrayOutputStream()) {
            in.transferTo(buf);
            return buf.toByteArray();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
