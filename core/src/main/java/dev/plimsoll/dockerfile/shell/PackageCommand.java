package dev.plimsoll.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A package manager at work: {@code apt-get install -y curl=7.88.1-10}, {@code pip install -r
 * req.txt}, {@code npm ci --omit=dev}. Recognised from the command's words, never from its raw
 * text, so a quoted {@code &&}, {@code echo apt-get install} or a package named like an option
 * cannot fool it; {@code sudo}, {@code env} and the like are looked through.
 *
 * @param manager which manager
 * @param command the command, wrappers removed
 * @param verb the subcommand as written, one or two words ({@code install}, {@code cache clean}),
 *     or {@code ""}
 * @param action what the verb does
 * @param options the options and operands after the program (after {@code -m pip} for {@code python
 *     -m pip}), options that take a value consuming it
 * @param packages the packages named after the verb, for installs, removals and builds
 */
public record PackageCommand(
    PackageManager manager,
    SimpleCommand command,
    String verb,
    Action action,
    Options options,
    List<PackageRef> packages) {

  /** What a verb does, across managers. */
  public enum Action {
    INSTALL,
    REMOVE,
    /** Refreshes the package index: {@code apt-get update}, {@code apk update}. */
    UPDATE,
    UPGRADE,
    CLEAN,
    BUILD,
    OTHER
  }

  public PackageCommand {
    packages = List.copyOf(packages);
  }

  /** The package manager the command runs, if it runs one. */
  public static Optional<PackageCommand> recognise(SimpleCommand written) {
    return PackageCommands.recognise(written.unwrapped());
  }

  /** Every package-manager command in the script, in order. */
  public static List<PackageCommand> in(ShellScript script) {
    return script.packageCommands();
  }

  static List<PackageCommand> find(ShellScript script) {
    List<PackageCommand> found = new ArrayList<>();
    for (SimpleCommand command : script.commands()) {
      recognise(command).ifPresent(found::add);
    }
    return List.copyOf(found);
  }

  /** True for {@link Action#INSTALL}. */
  public boolean installs() {
    return action == Action.INSTALL;
  }

  /** The program as run: {@code apt-get}, {@code dnf}, {@code yarn}, {@code pip3}. */
  public String program() {
    return command.program();
  }

  /** True when any of the options (with dashes: {@code -y}, {@code --no-cache}) was given. */
  public boolean hasFlag(String... names) {
    return options.has(names);
  }

  /** The value of the first of the options given, e.g. {@code --virtual .build-deps}. */
  public Optional<String> flagValue(String... names) {
    return options.flag(names).flatMap(Flag::value);
  }

  /**
   * True when the command will not stop to ask: {@code -y}/{@code --yes}/{@code
   * --assume-yes}/{@code -qq} for apt, {@code -y}/{@code --assumeyes} for yum and dnf, {@code
   * -n}/{@code --non-interactive}/{@code -y}/{@code --no-confirm} for zypper, {@code -y} for {@code
   * pip uninstall}. Managers that never ask are always true.
   */
  public boolean assumesYes() {
    return switch (manager) {
      case APT ->
          hasFlag("-y", "--yes", "--assume-yes")
              || options.count("-q") >= 2
              || options.flags().stream()
                  .anyMatch(f -> f.word().unquoted().matches("-q=[2-9]|--quiet=[2-9]"));
      case YUM -> program().equals("microdnf") || hasFlag("-y", "--assumeyes");
      case ZYPPER -> hasFlag("-n", "--non-interactive", "-y", "--no-confirm");
      case PIP -> action != Action.REMOVE || hasFlag("-y", "--yes");
      default -> true;
    };
  }
}
