package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.instruction.Variables.Kind;
import dev.plimsoll.dockerfile.syntax.DockerfileSyntaxException;
import dev.plimsoll.dockerfile.syntax.Node;
import dev.plimsoll.dockerfile.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Groups instructions into stages and tracks ARG/ENV scopes as BuildKit's dispatcher does. */
final class DockerfileBuilder {
  private final SyntaxTree tree;
  private final BuildOptions options;
  private final Instructions typer;
  private final VariableExpansion expansion;
  private final List<Instruction> all = new ArrayList<>();
  private final List<Variables> scopes = new ArrayList<>();
  private final List<Arg> globalArgs = new ArrayList<>();
  private final List<Stage> stages = new ArrayList<>();

  /** Each finished stage's ENV, inherited by a later {@code FROM stage}. */
  private final Map<Integer, Variables> stageEnv = new HashMap<>();

  /** The index of the last stage of each name, as BuildKit's map of stage names keeps it. */
  private final Map<String, Integer> stageByName = new HashMap<>();

  DockerfileBuilder(SyntaxTree tree, BuildOptions options) {
    this.tree = tree;
    this.options = options;
    this.typer = new Instructions(tree.file());
    this.expansion = new VariableExpansion(tree.escape());
  }

  Dockerfile build() throws DockerfileSyntaxException {
    Variables global = BuiltinArgs.scope(options);
    Variables scope = null;
    From from = null;
    List<Instruction> body = new ArrayList<>();
    Optional<String> stageName = Optional.empty();
    for (Node node : tree.nodes()) {
      Instruction ins = typer.build(node);
      if (ins instanceof From f) {
        if (from != null) {
          finishStage(from, stageName, body, scope);
          body = new ArrayList<>();
        }
        from = f;
        stageName = stageName(f);
        scope = inheritedEnv(f, global);
        record(ins, global);
      } else if (from == null) {
        if (!(ins instanceof Arg a)) {
          throw new MisplacedInstructionException(
              tree.file(),
              node.startLine(),
              MisplacedInstructionException.Place.BEFORE_FROM,
              "no build stage in current context");
        }
        record(ins, global);
        globalArgs.add(a);
        global = declareArgs(a, global, global);
      } else {
        record(ins, scope);
        body.add(ins);
        scope = define(ins, scope, global);
      }
    }
    if (from == null) {
      // dockerfile2llb/convert.go says this without a line.
      throw new DockerfileSyntaxException(tree.file(), 0, "dockerfile contains no stages to build");
    }
    finishStage(from, stageName, body, scope);
    return new Dockerfile(tree, globalArgs, stages, all, scopes);
  }

  private void record(Instruction ins, Variables scope) {
    all.add(ins);
    scopes.add(scope);
  }

  private void finishStage(
      From from, Optional<String> name, List<Instruction> body, Variables scope) {
    int index = stages.size();
    stages.add(new Stage(index, name, from, body));
    stageEnv.put(index, scope);
    name.ifPresent(n -> stageByName.put(n, index));
  }

  /** The stage name, lower-cased as BuildKit keeps it; Instructions has checked it. */
  private static Optional<String> stageName(From f) {
    return f.stageName().map(n -> n.toLowerCase(Locale.ROOT));
  }

  /** A stage built FROM an earlier stage starts with that stage's ENV, not its ARGs. */
  private Variables inheritedEnv(From f, Variables global) {
    String image = expansion.expandOrRaw(f.image(), global);
    // BuildKit's addState looks the base name up, as written, in a map keyed by lower-cased stage
    // names that later stages of the same name overwrite: so "FROM Build" is an image, not a stage.
    // A map lookup, not a scan: a file of thousands of stages must not turn quadratic.
    Integer index = stageByName.get(image);
    if (index == null) {
      return Variables.empty();
    }
    Variables inherited = Variables.empty();
    Variables parent = stageEnv.get(index);
    for (String name : parent.asMap().keySet()) {
      Optional<Variables.Definition> d = parent.definition(name);
      if (d.isPresent() && d.get().kind() == Kind.ENV) {
        inherited = inherited.with(name, Kind.ENV, d.get().value(), d.get().line());
      }
    }
    return inherited;
  }

  private Variables define(Instruction ins, Variables scope, Variables global) {
    if (ins instanceof Arg a) {
      return declareArgs(a, scope, global);
    }
    if (ins instanceof Env e) {
      Variables s = scope;
      for (KeyValue kv : e.pairs()) {
        // Each pair of one ENV is expanded in the scope from before the instruction.
        String key = expansion.expandOrRaw(kv.key(), scope);
        s =
            s.with(
                key, Kind.ENV, Optional.of(expansion.expandOrRaw(kv.value(), scope)), ins.line());
      }
      return s;
    }
    return scope;
  }

  /**
   * An ARG takes, in order: a {@code --build-arg}, its own default, or (inside a stage, without a
   * default) the value of the global ARG or automatic platform ARG of the same name.
   */
  private Variables declareArgs(Arg a, Variables scope, Variables global) {
    Variables s = scope;
    for (ArgDefinition d : a.definitions()) {
      String name = expansion.expandOrRaw(d.name(), s);
      Optional<String> value = Optional.ofNullable(options.buildArgs().get(name));
      if (value.isEmpty() && d.defaultValue().isPresent()) {
        value = Optional.of(expansion.expandOrRaw(d.defaultValue().get(), s));
      }
      if (value.isEmpty() && s != global) {
        value = global.get(name);
      }
      s = s.with(name, Kind.ARG, value, a.line());
    }
    return s;
  }
}
