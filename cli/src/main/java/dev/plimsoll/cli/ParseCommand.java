package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ModelJson;
import dev.plimsoll.dockerfile.syntax.BuildkitDump;
import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import dev.plimsoll.dockerfile.syntax.SyntaxTree;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plimsoll parse FILE --dump buildkit|json}. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Prints how Plimsoll parses a Dockerfile.",
      "--dump buildkit prints BuildKit's own parse-tree text (as in its parser test files);"
          + " --dump json prints the typed instruction model.",
      "A file that cannot be parsed exits 2 with one line naming the file and line."
    })
final class ParseCommand implements Callable<Integer> {
  enum Dump {
    buildkit,
    json
  }

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The Dockerfile; - for standard input.")
  String file;

  @Option(
      names = "--dump",
      defaultValue = "buildkit",
      description = "buildkit (default) or json.",
      paramLabel = "FORM")
  Dump dump;

  @Mixin OutputTarget target;

  @Override
  public Integer call() throws BadInputException, IOException {
    String text = Inputs.readText(file);
    SyntaxTree tree = DockerfileParser.parse(Inputs.displayName(file), text);
    try (Writer out = target.open()) {
      if (dump == Dump.buildkit) {
        out.write(BuildkitDump.dump(tree));
      } else {
        ModelJson.write(Dockerfile.of(tree), out);
      }
    }
    return 0;
  }
}
