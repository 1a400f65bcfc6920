package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.DockerfileSyntaxException;
import dev.plimsoll.dockerfile.syntax.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns syntax nodes into typed instructions, refusing what BuildKit's {@code instructions.Parse}
 * refuses (unknown instructions and flags, wrong argument counts), with BuildKit's messages.
 */
final class Instructions {
  /** The flags each instruction accepts, after BuildKit's {@code instructions/parse.go}. */
  private static final Map<String, Set<String>> FLAGS =
      Map.ofEntries(
          Map.entry("from", Set.of("platform")),
          Map.entry("run", Set.of("mount", "network", "security", "device")),
          Map.entry("copy", Set.of("from", "chown", "chmod", "link", "parents", "exclude")),
          Map.entry(
              "add",
              Set.of("chown", "chmod", "link", "checksum", "keep-git-dir", "exclude", "unpack")),
          Map.entry(
              "healthcheck",
              Set.of("interval", "timeout", "start-period", "start-interval", "retries")));

  private final String file;

  Instructions(String file) {
    this.file = file;
  }

  Instruction build(Node node) throws DockerfileSyntaxException {
    String cmd = node.command();
    Flags flags = flags(node, cmd);
    List<String> v = node.values();
    String kw = node.keyword().toUpperCase(Locale.ROOT);
    return switch (cmd) {
      case "from" -> {
        if (v.size() != 1 && !(v.size() == 3 && v.get(1).equalsIgnoreCase("as"))) {
          throw error(node, "FROM requires either one or three arguments");
        }
        yield new From(node, flags, v.get(0), v.size() == 3 ? Optional.of(v.get(2)) : none());
      }
      case "run" -> new Run(node, flags, command(node, atLeastOne(node, kw, v)));
      case "cmd" -> new Cmd(node, command(node, v));
      case "entrypoint" -> new Entrypoint(node, command(node, v));
      case "shell" -> {
        if (!node.jsonForm()) {
          throw error(node, "SHELL requires the arguments to be in JSON form");
        }
        yield new Shell(node, atLeastOne(node, kw, v));
      }
      case "healthcheck" -> healthcheck(node, flags, v);
      case "env" -> new Env(node, pairs(atLeastOne(node, kw, v)));
      case "label" -> new Label(node, pairs(atLeastOne(node, kw, v)));
      case "arg" -> arg(node, atLeastOne(node, kw, v));
      case "maintainer" -> new Maintainer(node, single(node, kw, v));
      case "expose" -> new Expose(node, atLeastOne(node, kw, v));
      case "copy", "add" -> {
        if (v.size() < 2) {
          throw error(
              node,
              kw
                  + " requires at least two arguments, but only one was provided. Destination"
                  + " could not be determined.");
        }
        List<String> sources = v.subList(0, v.size() - 1);
        String dest = v.get(v.size() - 1);
        yield cmd.equals("copy")
            ? new Copy(node, flags, sources, dest)
            : new Add(node, flags, sources, dest);
      }
      case "volume" -> {
        for (String p : atLeastOne(node, kw, v)) {
          if (p.isBlank()) {
            throw error(node, "VOLUME specified can not be an empty string");
          }
        }
        yield new Volume(node, v);
      }
      case "user" -> new User(node, single(node, kw, v));
      case "workdir" -> new Workdir(node, single(node, kw, v));
      case "stopsignal" -> new Stopsignal(node, single(node, kw, v));
      case "onbuild" -> onbuild(node);
      default ->
          throw error(node, "unknown instruction: " + node.keyword() + Suggest.instruction(cmd));
    };
  }

  private static List<KeyValue> pairs(List<String> v) {
    List<KeyValue> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < v.size(); i += 3) {
      String sep = i + 2 < v.size() ? v.get(i + 2) : "=";
      pairs.add(new KeyValue(v.get(i), v.get(i + 1), sep.isEmpty()));
    }
    return pairs;
  }

  private Arg arg(Node node, List<String> v) throws DockerfileSyntaxException {
    List<ArgDefinition> defs = new ArrayList<>();
    for (String word : v) {
      int eq = word.indexOf('=');
      String name = eq < 0 ? word : word.substring(0, eq);
      if (name.isEmpty()) {
        throw error(node, "ARG names can not be blank");
      }
      defs.add(new ArgDefinition(name, eq < 0 ? none() : Optional.of(word.substring(eq + 1))));
    }
    return new Arg(node, defs);
  }

  private List<String> atLeastOne(Node node, String kw, List<String> v)
      throws DockerfileSyntaxException {
    if (v.isEmpty()) {
      throw error(node, kw + " requires at least one argument");
    }
    return v;
  }

  private Instruction onbuild(Node node) throws DockerfileSyntaxException {
    Node child =
        node.child().orElseThrow(() -> error(node, "ONBUILD requires at least one argument"));
    return switch (child.command()) {
      case "onbuild" -> throw error(node, "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
      case "from", "maintainer" ->
          throw error(
              node,
              child.keyword().toUpperCase(Locale.ROOT) + " isn't allowed as an ONBUILD trigger");
      default -> new Onbuild(node, build(child));
    };
  }

  private Healthcheck healthcheck(Node node, Flags flags, List<String> v)
      throws DockerfileSyntaxException {
    if (v.isEmpty()) {
      throw error(node, "HEALTHCHECK requires an argument");
    }
    String type = v.get(0).toUpperCase(Locale.ROOT);
    if (type.equals("NONE")) {
      if (v.size() > 1 || !flags.all().isEmpty()) {
        throw error(node, "HEALTHCHECK NONE takes no arguments");
      }
      return new Healthcheck(node, flags, none());
    }
    if (!type.equals("CMD")) {
      throw error(node, "Unknown type \"" + type + "\" in HEALTHCHECK (try CMD)");
    }
    List<String> rest = v.subList(1, v.size());
    if (rest.isEmpty()) {
      throw error(node, "Missing command after HEALTHCHECK CMD");
    }
    return new Healthcheck(
        node, flags, Optional.of(new CommandLine(node.jsonForm(), rest, node.heredocs())));
  }

  private static CommandLine command(Node node, List<String> v) {
    return new CommandLine(node.jsonForm(), v, node.heredocs());
  }

  private String single(Node node, String kw, List<String> v) throws DockerfileSyntaxException {
    if (v.size() != 1) {
      throw error(node, kw + " requires exactly one argument");
    }
    return v.get(0);
  }

  private Flags flags(Node node, String cmd) throws DockerfileSyntaxException {
    Flags flags = Flags.parse(node.flags());
    Set<String> allowed = FLAGS.getOrDefault(cmd, Set.of());
    for (Flags.Flag f : flags.all()) {
      if (!allowed.contains(f.name())) {
        throw error(node, "unknown flag: --" + f.name());
      }
    }
    return flags;
  }

  DockerfileSyntaxException error(Node node, String problem) {
    return new DockerfileSyntaxException(file, node.startLine(), problem);
  }

  private static <T> Optional<T> none() {
    return Optional.empty();
  }
}
