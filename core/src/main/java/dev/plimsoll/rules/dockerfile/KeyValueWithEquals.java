package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Env;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.KeyValue;
import dev.plimsoll.dockerfile.instruction.Label;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * {@code ENV key value} and {@code LABEL key value}, the legacy form without {@code =} (BuildKit's
 * LegacyKeyValueFormat, convert.go {@code dispatchEnv} and {@code dispatchLabel}). The legacy form
 * takes everything after the first space as one value, so {@code ENV A 1 B 2} sets {@code A} to
 * {@code "1 B 2"}; Docker documents it as deprecated.
 */
final class KeyValueWithEquals implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "key-value-with-equals",
          List.of("LegacyKeyValueFormat"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "ENV and LABEL should use the key=value form, not the legacy key value form");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitEnv(Env env, RuleContext ctx) {
    check(env, env.pairs(), ctx);
  }

  @Override
  public void visitLabel(Label label, RuleContext ctx) {
    check(label, label.pairs(), ctx);
  }

  private static void check(Instruction ins, List<KeyValue> pairs, RuleContext ctx) {
    for (KeyValue kv : pairs) {
      if (kv.legacy()) {
        String kw = ins.keyword();
        ctx.report(
            ins,
            "\""
                + kw
                + " key=value\" should be used instead of legacy \""
                + kw
                + " key value\" format: write "
                + kw
                + " "
                + kv.key()
                + "="
                + quoted(kv.value()));
      }
    }
  }

  /** The value in key=value form; a long value with spaces is elided, not retyped. */
  private static String quoted(String value) {
    boolean quoted =
        value.length() >= 2
            && (value.charAt(0) == '"' || value.charAt(0) == '\'')
            && value.charAt(value.length() - 1) == value.charAt(0);
    boolean oneWord = value.matches("[^\\s\"'\\\\]*");
    if (oneWord && value.length() <= 200) {
      return value;
    }
    if (value.length() > 60 || value.contains("\n")) {
      return quoted ? value.charAt(0) + "..." + value.charAt(0) : "\"...\"";
    }
    if (quoted) {
      return value;
    }
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
