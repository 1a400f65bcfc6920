package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.KeyValue;
import dev.plimsoll.dockerfile.instruction.Label;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The labels of a LABEL that the configured {@code labelSchema} types, for the rules that check
 * their values (hadolint's DL3052 to DL3058). Values are read after expansion, as BuildKit stores
 * them; a value a build argument decides is left alone, where hadolint asks for the {@code text}
 * type instead.
 */
final class SchemaLabels {
  private SchemaLabels() {}

  /**
   * Reports every label of {@code type} whose value {@code valid} refuses, with {@code what} saying
   * what the value should be, e.g. "a valid URL".
   */
  static void check(
      Label label, RuleContext ctx, String type, Predicate<String> valid, String what) {
    Map<String, String> schema = ctx.config().labelSchema();
    for (KeyValue kv : label.pairs()) {
      String key = KnownValue.unquote(kv.key());
      if (!type.equals(schema.get(key))) {
        continue;
      }
      Optional<String> value = KnownValue.of(ctx.dockerfile(), label, kv.value());
      if (value.isPresent() && !value.get().isEmpty() && !valid.test(value.get())) {
        ctx.report(label, "Label `" + key + "` is not " + what + ": '" + value.get() + "'");
      }
    }
  }
}
