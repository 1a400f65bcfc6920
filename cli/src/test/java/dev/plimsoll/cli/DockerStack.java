package dev.plimsoll.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Docker Engine and registries that {@code scripts/stack.sh} started for this test run,
 * read from the {@code stack.env} it wrote. Maven starts the stack in pre-integration-test and
 * passes the file's path as {@code plimsoll.stack.env}. To use a stack started by hand ({@code
 * scripts/stack.sh start /tmp/stack-x}), run Maven with {@code -Dplimsoll.stack.skip=true
 * -Dplimsoll.stack.dir=/tmp/stack-x}.
 */
final class DockerStack {
  private static DockerStack instance;

  private final Map<String, String> env;

  /** What a command printed and how it ended. */
  record Result(List<String> command, int exit, String out, String err) {
    /** This result, when the command succeeded; otherwise an error that shows its output. */
    Result ok() {
      if (exit != 0) {
        throw new AssertionError(
            String.join(" ", command) + " exited " + exit + "\n" + out + "\n" + err);
      }
      return this;
    }
  }

  private DockerStack(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /**
   * The stack of this run. Without one the test fails, or is skipped when Maven was told not to
   * start a stack (-Dplimsoll.stack.skip=true) and no stack runs in plimsoll.stack.dir either.
   */
  static synchronized DockerStack get() {
    if (instance == null) {
      String file = System.getProperty("plimsoll.stack.env", "");
      Path path = Path.of(file);
      if (file.isEmpty() || !Files.isRegularFile(path)) {
        Assumptions.assumeFalse(
            Boolean.getBoolean("plimsoll.stack.skip"), "plimsoll.stack.skip: no Docker stack");
        throw new AssertionError(
            "no Docker stack: plimsoll.stack.env is '"
                + file
                + "'; run the tests with ./mvnw verify, or scripts/stack.sh start DIR first");
      }
      instance = new DockerStack(read(path));
    }
    return instance;
  }

  private static Map<String, String> read(Path path) {
    Map<String, String> env = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(path, UTF_8)) {
        int eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith("#")) {
          env.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return env;
  }

  /** A value of stack.env, such as PLIMSOLL_REGISTRY. */
  String value(String key) {
    String v = env.get(key);
    if (v == null) {
      throw new AssertionError("stack.env has no " + key + ": " + env.keySet());
    }
    return v;
  }

  /** The registry without authentication, {@code 127.0.0.1:PORT}. */
  String registry() {
    return value("PLIMSOLL_REGISTRY");
  }

  /** The registry that wants {@link #user()} and {@link #password()} (htpasswd). */
  String authRegistry() {
    return value("PLIMSOLL_REGISTRY_AUTH");
  }

  /**
   * The registry that wants the same login through bearer tokens from its token server
   * (scripts/TokenServer.java), as Docker Hub, GitLab and Harbor do.
   */
  String tokenRegistry() {
    return value("PLIMSOLL_REGISTRY_TOKEN");
  }

  /** {@code docker login} to one of the stack's registries with its user and password. */
  Result login(Path dir, String registry) {
    return run(
        dir,
        password().getBytes(UTF_8),
        List.of(value("PLIMSOLL_DOCKER"), "login", "-u", user(), "--password-stdin", registry));
  }

  String user() {
    return value("PLIMSOLL_REGISTRY_USER");
  }

  String password() {
    return value("PLIMSOLL_REGISTRY_PASSWORD");
  }

  /** Debian's 20.10 docker client against this stack's daemon, with BuildKit on. */
  Result docker(Path dir, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(value("PLIMSOLL_DOCKER"));
    cmd.addAll(List.of(args));
    return run(dir, null, cmd);
  }

  /**
   * Debian's docker-compose 1.29 against this stack's daemon. It builds through the docker CLI it
   * finds on PATH, which must be Debian's (BuildKit built in): /usr/local/bin's has no buildx.
   */
  Result compose(Path dir, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add("/usr/bin/docker-compose");
    cmd.addAll(List.of(args));
    return run(dir, null, cmd, 300, Map.of("PATH", "/usr/bin:" + System.getenv("PATH")));
  }

  /** Any program (skopeo, umoci, buildah, ...) with the stack's environment. */
  Result run(Path dir, byte[] stdin, List<String> cmd) {
    return run(dir, stdin, cmd, 300, Map.of());
  }

  /** The same, for a program that may take longer than 5 minutes (a first, uncached build). */
  Result run(Path dir, byte[] stdin, List<String> cmd, int seconds) {
    return run(dir, stdin, cmd, seconds, Map.of());
  }

  private Result run(
      Path dir, byte[] stdin, List<String> cmd, int seconds, Map<String, String> more) {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().putAll(env);
    pb.environment().putAll(more);
    Cli.Result r = Cli.exec(pb, stdin, seconds, String.join(" ", cmd));
    return new Result(List.copyOf(cmd), r.exit(), r.out(), r.err());
  }
}
