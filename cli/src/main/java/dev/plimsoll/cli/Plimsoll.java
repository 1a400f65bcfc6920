package dev.plimsoll.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code plimsoll} command. */
@Command(
    name = "plimsoll",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Docker expertise as software: lints Dockerfiles, build contexts, images and compose files.")
public final class Plimsoll {

  /** Runs the command line and returns the exit code; never calls exit itself. */
  public static int run(String... args) {
    return new CommandLine(new Plimsoll()).execute(args);
  }
}
