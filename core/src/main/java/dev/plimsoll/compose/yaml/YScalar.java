package dev.plimsoll.compose.yaml;

import java.util.Optional;

/**
 * A scalar with the type the YAML 1.2 core schema gives it.
 *
 * @param value the text, as written (without quotes)
 * @param type string, int, float, bool or null
 */
public record YScalar(String value, Type type, Position pos, YTag tag) implements YNode {
  /** The core schema's scalar types. */
  public enum Type {
    STRING,
    INT,
    FLOAT,
    BOOL,
    NULL
  }

  public static YScalar string(String value, Position pos) {
    return new YScalar(value, Type.STRING, pos, YTag.NONE);
  }

  public static YScalar nil(Position pos) {
    return new YScalar("null", Type.NULL, pos, YTag.NONE);
  }

  public boolean isNull() {
    return type == Type.NULL;
  }

  /** The value as compose reads it: null for null, else the text. */
  public Optional<String> text() {
    return isNull() ? Optional.empty() : Optional.of(value);
  }

  @Override
  public YScalar withTag(YTag newTag) {
    return new YScalar(value, type, pos, newTag);
  }

  @Override
  public int size() {
    return 1;
  }
}
