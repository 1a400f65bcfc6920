package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Arg;
import dev.plimsoll.dockerfile.instruction.ArgDefinition;
import dev.plimsoll.dockerfile.instruction.Env;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.KeyValue;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An ARG or ENV whose name says it holds a secret (BuildKit's SecretsUsedInArgOrEnv, convert.go
 * {@code validateNoSecretKey}). ENV values stay in the image's config and ARG values in its
 * history, where anyone who pulls the image reads them. BuildKit's word list and exception,
 * exactly: a name is suspect when one of its {@code _}-separated words, or the whole name, is one
 * of {@code apikey, auth, credential(s), key, password, pword, passwd, secret, token}, in any case,
 * unless one is {@code public}. As in BuildKit, only ARGs inside a stage are checked: a global ARG
 * is not stored in the image unless a stage declares it again.
 */
final class NoSecretsInArgEnv implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "no-secrets-in-arg-env",
          List.of("SecretsUsedInArgOrEnv", "DL3064"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Secrets should not be passed in ARG or ENV; use a secret mount");

  private static final Pattern DENY =
      Pattern.compile(
          "(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)"
              + "(?:_|$)");
  private static final Pattern ALLOW = Pattern.compile("(?i)(?:_|^)(?:public)(?:_|$)");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitArg(Arg arg, RuleContext ctx) {
    if (ctx.dockerfile().stageOf(arg).isEmpty()) {
      return;
    }
    for (ArgDefinition d : arg.definitions()) {
      check(arg, d.name(), ctx);
    }
  }

  @Override
  public void visitEnv(Env env, RuleContext ctx) {
    for (KeyValue kv : env.pairs()) {
      check(env, kv.key(), ctx);
    }
  }

  static boolean suspect(String name) {
    return DENY.matcher(name).find() && !ALLOW.matcher(name).find();
  }

  private static void check(Instruction ins, String name, RuleContext ctx) {
    if (suspect(name)) {
      ctx.report(
          ins,
          "Do not use ARG or ENV instructions for sensitive data ("
              + ins.keyword()
              + " \""
              + name
              + "\"): pass it with RUN --mount=type=secret instead");
    }
  }
}
