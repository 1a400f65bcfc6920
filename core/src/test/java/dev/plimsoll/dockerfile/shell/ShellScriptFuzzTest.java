package dev.plimsoll.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text: the parser returns a model, never throws, never hangs, and every position it reports
 * lies within the script, each word being exactly the text at its offset. The recognisers run on
 * every command found.
 */
class ShellScriptFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void parsesAnything(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    ShellScript script = ShellScript.parse(text);
    int n = text.length();
    for (Problem problem : script.problems()) {
      assertThat(problem.offset()).isBetween(0, n);
      assertThat(problem.line()).isPositive();
    }
    for (SimpleCommand command : script.commands()) {
      assertThat(command.offset()).isBetween(0, n);
      for (Word word : command.words()) {
        assertThat(word.offset()).isBetween(0, n);
        assertThat(word.end()).isBetween(word.offset(), n);
        assertThat(text.substring(word.offset(), word.end())).isEqualTo(word.raw());
        assertThat(word.line()).isPositive();
      }
      for (Assignment assignment : command.assignments()) {
        assertThat(assignment.word().end()).isBetween(0, n);
      }
      for (Redirect redirect : command.redirects()) {
        assertThat(redirect.offset()).isBetween(0, n);
      }
      command.unwrapped().flags();
      PackageCommand.recognise(command).ifPresent(PackageCommand::assumesYes);
      Download.recognise(command).ifPresent(Download::writesToStdout);
      Removal.recognise(command).ifPresent(r -> r.clears("/var/lib/apt/lists"));
    }
    for (Pipeline pipeline : script.pipelines()) {
      assertThat(pipeline.offset()).isBetween(0, n);
      pipeline.pipesToShell();
    }
    script.usesPipefail();
  }
}
