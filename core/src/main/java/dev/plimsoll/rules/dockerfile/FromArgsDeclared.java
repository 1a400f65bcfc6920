package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Arg;
import dev.plimsoll.dockerfile.instruction.ArgDefinition;
import dev.plimsoll.dockerfile.instruction.BuiltinArgs;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpansionException;
import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.dockerfile.instruction.Suggest;
import dev.plimsoll.dockerfile.instruction.Variables;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A variable in a FROM's image or {@code --platform} that no global ARG declares (BuildKit's
 * UndefinedArgInFrom, convert.go {@code reportUnusedFromArgs}). Only the ARGs before the first FROM
 * and BuildKit's automatic platform ARGs reach a FROM; an ARG declared without a default counts as
 * declared, since {@code --build-arg} can set it. An ARG inside a stage does not.
 */
final class FromArgsDeclared implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "from-args-declared",
          List.of("UndefinedArgInFrom"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Variables in FROM should be declared by an ARG before the first FROM");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFrom(From from, RuleContext ctx) {
    Dockerfile file = ctx.dockerfile();
    Variables scope = file.variablesAt(from);
    List<String> declared = declared(file);
    Set<String> unmatched = new LinkedHashSet<>();
    unmatched(file, from, from.image()).forEach(unmatched::add);
    from.flags().value("platform").ifPresent(p -> unmatched(file, from, p).forEach(unmatched::add));
    for (String name : unmatched) {
      if (scope.isDeclared(name)) {
        continue;
      }
      Optional<String> suggestion = Suggest.similar(name, declared);
      ctx.report(
          from,
          "FROM argument '"
              + name
              + "' is not declared"
              + suggestion.map(s -> " (did you mean " + s + "?)").orElse("")
              + ": declare it with ARG before the first FROM");
    }
  }

  private static Set<String> unmatched(Dockerfile file, From from, String word) {
    try {
      return file.expand(word, from).unmatched();
    } catch (ExpansionException e) {
      return Set.of();
    }
  }

  private static List<String> declared(Dockerfile file) {
    List<String> names = new ArrayList<>(BuiltinArgs.NAMES);
    for (Arg a : file.globalArgs()) {
      for (ArgDefinition d : a.definitions()) {
        names.add(d.name());
      }
    }
    return names;
  }
}
