package dev.plimsoll.dockerfile.shell;

import dev.plimsoll.dockerfile.shell.PackageCommand.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds which manager a command runs and reads its verb and packages. */
final class PackageCommands {
  private PackageCommands() {}

  static Optional<PackageCommand> recognise(SimpleCommand c) {
    String program = c.program();
    List<Word> args = c.arguments();
    Optional<PackageManager> manager = Optional.empty();
    if (isPython(program)
        && args.size() >= 2
        && args.get(0).is("-m")
        && args.get(1).is("pip", "pip3")) {
      manager = Optional.of(PackageManager.PIP);
      args = args.subList(2, args.size());
    } else if (program.equals("uv") && !args.isEmpty() && args.get(0).is("pip")) {
      manager = Optional.of(PackageManager.PIP);
      args = args.subList(1, args.size());
    } else if (isVersioned(program, "pip")) {
      manager = Optional.of(PackageManager.PIP);
    } else {
      for (PackageManager m : PackageManager.values()) {
        if (m.programs().contains(program)) {
          manager = Optional.of(m);
        }
      }
    }
    if (manager.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(read(manager.get(), c, args));
  }

  private static PackageCommand read(PackageManager manager, SimpleCommand c, List<Word> args) {
    ManagerSpec spec = ManagerSpec.of(manager);
    Options options =
        manager == PackageManager.GO
            ? Options.parseSingleDash(args, spec.valueFlags())
            : Options.parse(args, spec.valueFlags());
    List<Word> operands = options.operands();
    String first = operands.isEmpty() ? "" : operands.get(0).literal().orElse("");
    String second = operands.size() < 2 ? "" : operands.get(1).literal().orElse("");
    String verb = first;
    int skip = operands.isEmpty() ? 0 : 1;
    if (spec.verbs().containsKey(first + " " + second)) {
      verb = first + " " + second;
      skip = 2;
    } else if (manager == PackageManager.NPM && first.equals("global") && !second.isEmpty()) {
      verb = second; // yarn global add
      skip = 2;
    }
    Action action = spec.verbs().getOrDefault(verb, Action.OTHER);
    List<PackageRef> packages = new ArrayList<>();
    if (action == Action.INSTALL || action == Action.REMOVE || action == Action.BUILD) {
      Optional<String> version =
          manager == PackageManager.GEM || manager == PackageManager.CARGO
              ? options.flag("-v", "--version", "--vers").flatMap(Flag::value)
              : Optional.empty();
      for (Word word : operands.subList(skip, operands.size())) {
        PackageRef ref = spec.packages().apply(word);
        if (version.isPresent() && ref.version().isEmpty()) {
          ref = new PackageRef(ref.name(), version, true, word);
        }
        packages.add(ref);
      }
    }
    return new PackageCommand(manager, c, verb, action, options, packages);
  }

  private static boolean isPython(String program) {
    return isVersioned(program, "python");
  }

  /** {@code pip}, {@code pip3}, {@code pip3.11}. */
  private static boolean isVersioned(String program, String base) {
    if (!program.startsWith(base)) {
      return false;
    }
    for (int i = base.length(); i < program.length(); i++) {
      char ch = program.charAt(i);
      if (!Character.isDigit(ch) && ch != '.') {
        return false;
      }
    }
    return true;
  }
}
