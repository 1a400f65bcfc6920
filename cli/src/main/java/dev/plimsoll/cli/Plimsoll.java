package dev.plimsoll.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code plimsoll} command. */
@Command(
    name = "plimsoll",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Docker expertise as software: lints Dockerfiles, build contexts, images and compose"
            + " files, and says what is wrong, why, and how to fix it.",
    subcommands = {
      LintCommand.class,
      ParseCommand.class,
      ContextCommand.class,
      CacheCommand.class,
      ImageCommand.class,
      SbomCommand.class,
      ScanCommand.class,
      DbCommand.class,
      ComposeCommand.class,
      RulesCommand.class,
      CheckCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 nothing at or above --fail-on; 1 a finding at or above --fail-on;"
          + " 2 bad usage or bad input."
    })
public final class Plimsoll implements Runnable {

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces of errors.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // `plimsoll` alone: show what it can do, and fail like any other usage error.
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Runs the command line and returns the exit code; never calls exit itself. */
  public static int run(String... args) {
    // Reports are UTF-8 whatever the locale says: a dump must be the same bytes everywhere.
    PrintWriter out =
        new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, UTF_8), true);
    try {
      return run(out, err, args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Runs with the given streams, for tests. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Plimsoll root = new Plimsoll();
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new Errors(root));
    cl.setParameterExceptionHandler(Errors::usage);
    return cl.execute(args);
  }
}
