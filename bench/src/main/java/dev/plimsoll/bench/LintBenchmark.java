package dev.plimsoll.bench;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import dev.plimsoll.dockerfile.syntax.DockerfileSyntaxException;
import dev.plimsoll.rules.Lint;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of parsing and linting real Dockerfiles in a warm JVM, in files per second: every
 * Dockerfile of the corpus (the binnacle gold set by default) is one operation. Run by
 * scripts/bench.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LintBenchmark {
  /** The corpus folder; scripts/bench.sh passes the shared gold set. */
  @Param({"../../shared/corpus/dockerfiles/binnacle-gold"})
  public String corpus;

  private List<Lint.Input> files;
  private Lint lint;

  @Setup
  public void load() throws IOException {
    files = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of(corpus))) {
      for (Path p : s.filter(f -> f.toString().endsWith("Dockerfile")).sorted().toList()) {
        files.add(new Lint.Input(p.getFileName().toString(), Files.readString(p)));
      }
    }
    if (files.size() != FILES) {
      throw new IllegalStateException(
          "expected " + FILES + " Dockerfiles in " + corpus + ", found " + files.size());
    }
    // Plimsoll's own parse and rules; ShellCheck is a separate process, timed on its own.
    lint = new Lint(LintConfig.DEFAULT.withShellcheck(false));
  }

  /** The gold set's size; OperationsPerInvocation needs a constant. */
  static final int FILES = 405;

  /** Parse only: text to syntax tree to typed model. */
  @Benchmark
  @OperationsPerInvocation(FILES)
  public void parse(Blackhole bh) throws DockerfileSyntaxException {
    for (Lint.Input in : files) {
      bh.consume(Dockerfile.of(DockerfileParser.parse(in.name(), in.text())));
    }
  }

  /** Parse and lint with every rule, as {@code plimsoll lint} does. */
  @Benchmark
  @OperationsPerInvocation(FILES)
  public void parseAndLint(Blackhole bh) {
    for (Lint.Input in : files) {
      LintResult r = lint.text(in.name(), in.text());
      bh.consume(r);
    }
  }
}
