package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Arg;
import dev.plimsoll.dockerfile.instruction.ArgDefinition;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpansionException;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.instruction.Suggest;
import dev.plimsoll.dockerfile.instruction.Variables;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A variable that the build expands but nothing defines (BuildKit's UndefinedVar, convert.go {@code
 * reportUnmatchedVariables}). Checked where BuildKit's dispatcher expands: see {@link
 * ExpandedWords}. Defined are, as in BuildKit: the stage's ARGs (with or without a value) and ENVs
 * before the instruction, those of the stages it is built on, {@code PATH} (which BuildKit always
 * sets), the base image's ENV when an image source tells it, and the two {@code
 * BUILDKIT_SBOM_SCAN_*} args. Global ARGs and automatic platform ARGs are not, unless the stage
 * declares them again with ARG. Without an image source the base image's ENV is unknown, so a
 * variable that only the base image sets is reported; the rule's page says how to declare it.
 */
final class VariablesDefined implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "variables-defined",
          List.of("UndefinedVar"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Variables should be defined by ARG or ENV before they are used");

  /** BuildKit's {@code nonEnvArgs}, and PATH, which it always sets. */
  private static final Set<String> ALWAYS =
      Set.of("PATH", "BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visit(Instruction ins, RuleContext ctx) {
    Dockerfile file = ctx.dockerfile();
    Optional<Stage> stage = file.stageOf(ins);
    List<String> words = ExpandedWords.of(ins);
    if (stage.isEmpty() || words.isEmpty()) {
      return;
    }
    Variables scope = file.variablesAt(ins);
    Set<String> defined = inherited(file, stage.get(), ctx);
    defined.addAll(ALWAYS);
    Set<String> undefined = new LinkedHashSet<>();
    if (ins instanceof Arg a) {
      // BuildKit defines an ARG's names one after the other: a default may use an earlier name.
      Set<String> earlier = new HashSet<>(defined);
      for (ArgDefinition d : a.definitions()) {
        d.defaultValue().ifPresent(v -> collect(file, ins, v, scope, earlier, undefined));
        earlier.add(d.name());
      }
    } else {
      for (String word : words) {
        collect(file, ins, word, scope, defined, undefined);
      }
    }
    for (String name : undefined) {
      Set<String> options = new LinkedHashSet<>(scope.asMap().keySet());
      options.addAll(defined);
      ctx.report(
          ins,
          "Usage of undefined variable '$"
              + name
              + "'"
              + Suggest.similar(name, options).map(s -> " (did you mean $" + s + "?)").orElse("")
              + ": define it with ARG or ENV before this line");
    }
  }

  private static void collect(
      Dockerfile file,
      Instruction ins,
      String word,
      Variables scope,
      Set<String> defined,
      Set<String> undefined) {
    try {
      for (String name : file.expand(word, ins).unmatched()) {
        if (!scope.isDeclared(name) && !defined.contains(name)) {
          undefined.add(name);
        }
      }
    } catch (ExpansionException e) {
      // BuildKit fails the build here; that is not this rule's finding.
    }
  }

  /** The ARGs and ENVs of the stages this stage is built on, and the base image's ENV. */
  private static Set<String> inherited(Dockerfile file, Stage stage, RuleContext ctx) {
    Set<String> names = new HashSet<>();
    Stage s = stage;
    Set<Integer> seen = new HashSet<>();
    while (seen.add(s.index())) {
      Optional<Stage> parent = file.stage(baseName(file, s), s.index());
      if (parent.isEmpty()) {
        ctx.baseImage(s).ifPresent(img -> names.addAll(img.env().keySet()));
        break;
      }
      s = parent.get();
      for (Instruction i : s.instructions()) {
        if (i instanceof Arg a) {
          a.definitions().forEach(d -> names.add(d.name()));
        }
        file.variablesAt(i).asMap().keySet().forEach(names::add);
      }
    }
    return names;
  }

  private static String baseName(Dockerfile file, Stage s) {
    return FromArgs.expand(s.from(), file).orElse(s.from().image());
  }

  /** The words of COPY and ADD that BuildKit expands: sources (not heredocs), destination. */
  static void sourcesAndDest(List<String> out, List<String> sources, String destination) {
    sources.stream().filter(s -> !s.startsWith("<<")).forEach(out::add);
    out.add(destination);
  }
}
