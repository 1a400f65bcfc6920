package dev.plimsoll.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import dev.plimsoll.dockerfile.syntax.DockerfileText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The binnacle gold set: Dockerfiles written by experts, whose RUN scripts are valid shell, so a
 * problem reported there is a bug of ours.
 */
class ShellScriptCorpusTest {
  private static final Path GOLD =
      Path.of(System.getProperty("plimsoll.corpus"), "dockerfiles", "binnacle-gold");

  @Test
  void everyGoldRunParsesWithoutProblems() throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(GOLD)) {
      files = list.filter(p -> p.toString().endsWith(".Dockerfile")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(400);
    List<String> problems = new ArrayList<>();
    int runs = 0;
    int commands = 0;
    int powershell = 0;
    int aptPackages = 0;
    for (Path path : files) {
      String name = path.getFileName().toString();
      Dockerfile file =
          Dockerfile.of(DockerfileParser.parse(name, DockerfileText.read(path, name)));
      for (var instruction : file.instructions()) {
        if (instruction instanceof Run run) {
          ShellScript script = ShellScript.of(run, file);
          runs++;
          commands += script.commands().size();
          powershell += script.interpreter().isPresent() ? 1 : 0;
          for (Problem p : script.problems()) {
            problems.add(name + ":" + p.line() + ": " + p.message());
          }
          for (PackageCommand p : PackageCommand.in(script)) {
            if (p.manager() == PackageManager.APT && p.installs()) {
              aptPackages += p.packages().size();
              assertThat(p.packages())
                  .allSatisfy(ref -> assertThat(ref.name()).doesNotStartWith("-"));
            }
          }
          for (SimpleCommand c : script.commands()) {
            for (Word w : c.words()) {
              assertThat(w.line())
                  .as("%s word %s", name, w.raw())
                  .isBetween(run.node().startLine(), run.node().endLine());
            }
          }
        }
      }
    }
    // 112 RUNs are PowerShell under a Windows SHELL, not parsed; the rest are POSIX shell.
    assertThat(runs).isEqualTo(1490);
    assertThat(powershell).isEqualTo(112);
    assertThat(commands).isEqualTo(13398);
    assertThat(aptPackages).isPositive();
    assertThat(commands).isGreaterThan(runs);
    assertThat(problems).isEmpty();
  }
}
