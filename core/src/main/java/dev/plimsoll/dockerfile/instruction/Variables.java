package dev.plimsoll.dockerfile.instruction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ARG and ENV variables visible at one point of a Dockerfile. Immutable and persistent: each
 * definition makes a new scope that points at the one before, so a scope per instruction costs one
 * small object.
 */
public final class Variables implements Environment {
  /** Where a variable came from. */
  public enum Kind {
    /** BuildKit's automatic platform ARGs, e.g. {@code TARGETPLATFORM}. */
    BUILTIN,
    ARG,
    ENV
  }

  /** One definition: its value is empty when an ARG has no default and no build-arg. */
  public record Definition(String name, Kind kind, Optional<String> value, int line) {}

  private static final Variables EMPTY = new Variables(null, null);

  private final Variables parent;
  private final Definition definition;

  private Variables(Variables parent, Definition definition) {
    this.parent = parent;
    this.definition = definition;
  }

  public static Variables empty() {
    return EMPTY;
  }

  /** A scope with one more definition, which hides earlier ones of the same name. */
  public Variables with(String name, Kind kind, Optional<String> value, int line) {
    return new Variables(this, new Definition(name, kind, value, line));
  }

  /** The innermost definition of {@code name}, if it is declared in this scope. */
  public Optional<Definition> definition(String name) {
    // ENV wins over ARG of the same name, wherever they were declared (BuildKit's
    // dispatcher expands with the image's env first, then the build args).
    Definition arg = null;
    for (Variables s = this; s.definition != null; s = s.parent) {
      Definition d = s.definition;
      if (d.name().equals(name)) {
        if (d.kind() == Kind.ENV) {
          return Optional.of(d);
        }
        if (arg == null) {
          arg = d;
        }
      }
    }
    return Optional.ofNullable(arg);
  }

  /** The value of {@code name}: empty when unset (declared without a value, or not declared). */
  @Override
  public Optional<String> get(String name) {
    return definition(name).flatMap(Definition::value);
  }

  public boolean isDeclared(String name) {
    return definition(name).isPresent();
  }

  /** The names of the visible variables that have a value, oldest definition first. */
  @Override
  public List<String> names() {
    List<String> names = new ArrayList<>(asMap().keySet());
    Collections.reverse(names);
    return names;
  }

  /**
   * The names of every visible variable, with a value or not (an {@code ARG} without a default is
   * declared all the same), oldest definition first.
   */
  public List<String> declared() {
    Set<String> names = new LinkedHashSet<>();
    for (Variables s = this; s.definition != null; s = s.parent) {
      names.add(s.definition.name());
    }
    List<String> out = new ArrayList<>(names);
    Collections.reverse(out);
    return out;
  }

  /**
   * The names of the visible variables that have a value, in the order they were first defined: a
   * name defined again keeps its place, as in the environment list BuildKit builds (its {@code
   * AddEnv} replaces a variable where it stands).
   */
  public List<String> inFirstDefinedOrder() {
    List<Definition> chain = new ArrayList<>();
    for (Variables s = this; s.definition != null; s = s.parent) {
      chain.add(s.definition);
    }
    Set<String> names = new LinkedHashSet<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      names.add(chain.get(i).name());
    }
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (get(n).isPresent()) {
        out.add(n);
      }
    }
    return out;
  }

  /** Every visible variable with a value, innermost definition winning. */
  public Map<String, String> asMap() {
    Set<String> names = new LinkedHashSet<>();
    for (Variables s = this; s.definition != null; s = s.parent) {
      names.add(s.definition.name());
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String n : names) {
      get(n).ifPresent(v -> out.put(n, v));
    }
    return out;
  }
}
