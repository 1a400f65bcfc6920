package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.instruction.FlagParser.Kind;
import dev.plimsoll.dockerfile.syntax.DockerfileSyntaxException;
import dev.plimsoll.dockerfile.syntax.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns syntax nodes into typed instructions, refusing what BuildKit's {@code instructions.Parse}
 * refuses (frontend/dockerfile/instructions/parse.go), with its messages and in its order: each
 * {@code parseX} checks its arguments and flags in its own order, and the first problem wins.
 */
final class Instructions {
  /** BuildKit's rule for stage names ({@code validStageName}). */
  private static final Pattern STAGE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");

  /** A word BuildKit's {@code MustParseHeredoc} reads as a heredoc ({@code reHeredoc}). */
  private static final Pattern HEREDOC = Pattern.compile("^\\d*<<-?[^<]+$");

  private static final Map<String, Kind> NO_FLAGS = Map.of();
  private static final Map<String, Kind> FROM = Map.of("platform", Kind.STRING);

  /** RUN's flags come from its hooks: runmount.go, runnetwork.go, runsecurity.go, rundevice.go. */
  private static final Map<String, Kind> RUN =
      Map.of(
          "mount",
          Kind.STRINGS,
          "network",
          Kind.STRING,
          "security",
          Kind.STRING,
          "device",
          Kind.STRINGS);

  // --parents and --exclude began in the labs channel; current BuildKit accepts them.
  private static final Map<String, Kind> COPY =
      Map.of(
          "from",
          Kind.STRING,
          "chown",
          Kind.STRING,
          "chmod",
          Kind.STRING,
          "link",
          Kind.BOOL,
          "parents",
          Kind.BOOL,
          "exclude",
          Kind.STRINGS);
  private static final Map<String, Kind> ADD =
      Map.of(
          "chown",
          Kind.STRING,
          "chmod",
          Kind.STRING,
          "link",
          Kind.BOOL,
          "keep-git-dir",
          Kind.BOOL,
          "checksum",
          Kind.STRING,
          "unpack",
          Kind.BOOL,
          "exclude",
          Kind.STRINGS);
  private static final Map<String, Kind> HEALTHCHECK =
      Map.of(
          "interval",
          Kind.STRING,
          "timeout",
          Kind.STRING,
          "start-period",
          Kind.STRING,
          "start-interval",
          Kind.STRING,
          "retries",
          Kind.STRING);

  private final String file;

  Instructions(String file) {
    this.file = file;
  }

  Instruction build(Node node) throws DockerfileSyntaxException {
    String cmd = node.command();
    List<String> v = node.values();
    String kw = cmd.toUpperCase(Locale.ROOT);
    return switch (cmd) {
      case "from" -> from(node, v);
      case "run" -> new Run(node, flags(node, RUN), command(node, v));
      case "cmd" -> new Cmd(node, command(node, checked(v, node)));
      case "entrypoint" -> new Entrypoint(node, command(node, checked(v, node)));
      case "shell" -> shell(node, v);
      case "healthcheck" -> Healthchecks.build(this, node, v);
      case "env" -> new Env(node, pairs(node, kw, checked(v, node)));
      case "label" -> new Label(node, pairs(node, kw, checked(v, node)));
      // BuildKit's parseArg and parseStopSignal never parse flags, so any are ignored.
      case "arg" -> arg(node, atLeastOne(node, kw, v));
      case "stopsignal" -> new Stopsignal(node, single(node, kw, v));
      // These check their arguments before their flags.
      case "maintainer" -> new Maintainer(node, checked(single(node, kw, v), node));
      case "user" -> new User(node, checked(single(node, kw, v), node));
      case "workdir" -> new Workdir(node, checked(single(node, kw, v), node));
      case "expose" -> new Expose(node, checked(atLeastOne(node, kw, v), node));
      case "volume" -> volume(node, checked(atLeastOne(node, kw, v), node));
      case "copy", "add" -> copyOrAdd(node, kw, v);
      case "onbuild" -> onbuild(node);
      default ->
          throw error(
              node, "unknown instruction: " + node.keyword() + Suggest.instruction(node.keyword()));
    };
  }

  /**
   * {@code value}, once the node's flags pass for an instruction that takes none. Where the call
   * sits decides whether arguments or flags are checked first, as in each BuildKit parseX.
   */
  private <T> T checked(T value, Node node) throws DockerfileSyntaxException {
    flags(node, NO_FLAGS);
    return value;
  }

  private From from(Node node, List<String> v) throws DockerfileSyntaxException {
    Optional<String> name = Optional.empty();
    if (v.size() == 3 && v.get(1).equalsIgnoreCase("as")) {
      name = Optional.of(v.get(2));
      if (!STAGE_NAME.matcher(v.get(2).toLowerCase(Locale.ROOT)).matches()) {
        throw error(
            node,
            "invalid name for build stage: "
                + GoDuration.quote(v.get(2))
                + ", name can't start with a number or contain symbols");
      }
    } else if (v.size() != 1) {
      throw error(node, "FROM requires either one or three arguments");
    }
    return new From(node, flags(node, FROM), v.get(0), name);
  }

  private Shell shell(Node node, List<String> v) throws DockerfileSyntaxException {
    flags(node, NO_FLAGS);
    if (v.isEmpty()) {
      throw error(node, "SHELL requires at least one argument");
    }
    if (!node.jsonForm()) {
      throw error(node, "SHELL requires the arguments to be in JSON form");
    }
    return new Shell(node, v);
  }

  private Volume volume(Node node, List<String> v) throws DockerfileSyntaxException {
    List<String> paths = new ArrayList<>();
    for (String p : v) {
      // BuildKit keeps each path with Go's strings.TrimSpace applied.
      String trimmed = p.strip();
      if (trimmed.isEmpty()) {
        throw error(node, "VOLUME specified can not be an empty string");
      }
      paths.add(trimmed);
    }
    return new Volume(node, paths);
  }

  private Instruction copyOrAdd(Node node, String kw, List<String> v)
      throws DockerfileSyntaxException {
    if (v.size() < 2) {
      throw error(
          node,
          kw
              + " requires at least two arguments, but only one was provided. Destination could"
              + " not be determined");
    }
    Flags flags = flags(node, kw.equals("COPY") ? COPY : ADD);
    String dest = v.get(v.size() - 1);
    if (HEREDOC.matcher(dest).matches()) {
      throw error(node, kw + " cannot accept a heredoc as a destination");
    }
    List<String> sources = v.subList(0, v.size() - 1);
    return kw.equals("COPY")
        ? new Copy(node, flags, sources, dest)
        : new Add(node, flags, sources, dest);
  }

  private Onbuild onbuild(Node node) throws DockerfileSyntaxException {
    Optional<Node> child = node.child();
    if (child.isEmpty()) {
      throw error(node, "ONBUILD requires at least one argument");
    }
    flags(node, NO_FLAGS);
    String trigger = child.get().keyword().strip().toUpperCase(Locale.ROOT);
    switch (trigger) {
      case "ONBUILD" ->
          throw misplacedTrigger(node, "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
      case "MAINTAINER", "FROM" ->
          throw misplacedTrigger(node, trigger + " isn't allowed as an ONBUILD trigger");
      default -> {}
    }
    try {
      return new Onbuild(node, Optional.of(build(child.get())), Optional.empty());
    } catch (DockerfileSyntaxException e) {
      return new Onbuild(node, Optional.empty(), Optional.of(e.problem()));
    }
  }

  /** ENV and LABEL: BuildKit's parseKvps over the parser's key, value, separator triples. */
  private List<KeyValue> pairs(Node node, String kw, List<String> v)
      throws DockerfileSyntaxException {
    atLeastOne(node, kw, v);
    List<KeyValue> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < v.size(); i += 3) {
      if (v.get(i).isEmpty()) {
        throw error(node, kw + " names can not be blank");
      }
      String sep = i + 2 < v.size() ? v.get(i + 2) : "=";
      pairs.add(new KeyValue(v.get(i), v.get(i + 1), sep.isEmpty()));
    }
    return pairs;
  }

  private Arg arg(Node node, List<String> v) throws DockerfileSyntaxException {
    List<ArgDefinition> defs = new ArrayList<>();
    for (String word : v) {
      int eq = word.indexOf('=');
      if (eq == 0) {
        throw error(node, "ARG names can not be blank");
      }
      defs.add(
          eq < 0
              ? new ArgDefinition(word, Optional.empty())
              : new ArgDefinition(word.substring(0, eq), Optional.of(word.substring(eq + 1))));
    }
    return new Arg(node, defs);
  }

  List<String> atLeastOne(Node node, String kw, List<String> v) throws DockerfileSyntaxException {
    if (v.isEmpty()) {
      throw error(node, kw + " requires at least one argument");
    }
    return v;
  }

  private String single(Node node, String kw, List<String> v) throws DockerfileSyntaxException {
    if (v.size() != 1) {
      throw error(node, kw + " requires exactly one argument");
    }
    return v.get(0);
  }

  static CommandLine command(Node node, List<String> v) {
    return new CommandLine(node.jsonForm(), v, node.heredocs());
  }

  /** The node's flags, refused as BuildKit's BFlags.Parse refuses them. */
  Flags flags(Node node, Map<String, Kind> accepted) throws DockerfileSyntaxException {
    Optional<String> problem = FlagParser.problem(node.flags(), accepted);
    if (problem.isPresent()) {
      throw error(node, problem.get());
    }
    return Flags.parse(node.flags());
  }

  static Map<String, Kind> healthcheckFlags() {
    return HEALTHCHECK;
  }

  private MisplacedInstructionException misplacedTrigger(Node node, String problem) {
    return new MisplacedInstructionException(
        file, node.startLine(), MisplacedInstructionException.Place.ONBUILD_TRIGGER, problem);
  }

  DockerfileSyntaxException error(Node node, String problem) {
    return new DockerfileSyntaxException(file, node.startLine(), problem);
  }
}
