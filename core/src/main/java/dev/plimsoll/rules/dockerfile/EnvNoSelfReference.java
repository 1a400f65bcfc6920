package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Env;
import dev.plimsoll.dockerfile.instruction.KeyValue;
import dev.plimsoll.dockerfile.instruction.Variables;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An ENV pair that uses a variable another pair of the same ENV defines (hadolint's DL3044):
 * BuildKit expands every pair in the scope from before the instruction, so {@code ENV A=1 B=$A}
 * sets B to the old A, usually empty. As in hadolint, a variable that was already set (ARG or ENV)
 * is fine: the reference means its old value on purpose, as in {@code ENV PATH=/opt/bin:$PATH}.
 */
final class EnvNoSelfReference implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "env-no-self-reference",
          List.of("DL3044"),
          Severity.ERROR,
          Domain.DOCKERFILE,
          "Do not use a variable in the same ENV that defines it");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitEnv(Env env, RuleContext ctx) {
    Variables before = ctx.dockerfile().variablesAt(env);
    List<KeyValue> pairs = env.pairs();
    for (int i = 0; i < pairs.size(); i++) {
      String name = pairs.get(i).key();
      if (before.isDeclared(name)) {
        continue;
      }
      Pattern ref =
          Pattern.compile(
              "\\$(?:\\{"
                  + Pattern.quote(name)
                  + "[}:]|"
                  + Pattern.quote(name)
                  + "(?![A-Za-z0-9_]))");
      for (int j = 0; j < pairs.size(); j++) {
        if (j != i && !pairs.get(j).legacy() && ref.matcher(pairs.get(j).value()).find()) {
          ctx.report(
              env,
              pairs.get(j).key()
                  + " uses $"
                  + name
                  + ", which this ENV defines: each pair is expanded before the ENV runs, so it"
                  + " gets the old, unset value; split the ENV in two");
          return;
        }
      }
    }
  }
}
