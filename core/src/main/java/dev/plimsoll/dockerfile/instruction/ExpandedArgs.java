package dev.plimsoll.dockerfile.instruction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An instruction's arguments after the expansion BuildKit's dispatcher applies, and only where it
 * applies it. BuildKit expands ENV and LABEL keys and values, ARG names and defaults, ADD and COPY
 * sources, destination and {@code --chown}/{@code --chmod}/{@code --from}, WORKDIR, USER, VOLUME,
 * EXPOSE, STOPSIGNAL, RUN's {@code --mount} options, and FROM's image and {@code --platform} (with
 * the global ARGs). It leaves RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK commands to the shell in
 * the container, and does not expand MAINTAINER or ONBUILD (a trigger is expanded when it fires).
 * See BuildKit's {@code instructions.SupportsSingleWordExpansion} implementations.
 */
public final class ExpandedArgs {
  private ExpandedArgs() {}

  /**
   * The expanded arguments in the order of the node's values (ENV and LABEL as key, value pairs;
   * COPY and ADD as sources then destination), or empty when BuildKit does not expand this
   * instruction.
   */
  public static Optional<List<String>> of(Dockerfile df, Instruction ins) {
    List<String> out;
    if (ins instanceof Env e) {
      out = pairs(df, ins, e.pairs());
    } else if (ins instanceof Label l) {
      out = pairs(df, ins, l.pairs());
    } else if (ins instanceof Arg a) {
      out = args(df, ins, a);
    } else if (ins instanceof Copy c) {
      out = words(df, ins, sourcesAndDest(c.sources(), c.destination()));
    } else if (ins instanceof Add a) {
      out = words(df, ins, sourcesAndDest(a.sources(), a.destination()));
    } else if (ins instanceof Workdir w) {
      out = words(df, ins, List.of(w.path()));
    } else if (ins instanceof User u) {
      out = words(df, ins, List.of(u.user()));
    } else if (ins instanceof Volume v) {
      out = words(df, ins, v.paths());
    } else if (ins instanceof Expose e) {
      out = words(df, ins, e.ports());
    } else if (ins instanceof Stopsignal s) {
      out = words(df, ins, List.of(s.signal()));
    } else if (ins instanceof From f) {
      out = words(df, ins, List.of(f.image()));
    } else {
      // RUN, CMD, ENTRYPOINT, SHELL, HEALTHCHECK: the container's shell expands them.
      return Optional.empty();
    }
    return Optional.of(out);
  }

  /** A flag's value after expansion, for the flags BuildKit expands. */
  public static Optional<String> flag(Dockerfile df, Instruction ins, String name) {
    return ins.flags().value(name).map(v -> one(df, ins, v));
  }

  private static List<String> sourcesAndDest(List<String> sources, String dest) {
    List<String> all = new ArrayList<>(sources);
    all.add(dest);
    return all;
  }

  private static List<String> pairs(Dockerfile df, Instruction ins, List<KeyValue> pairs) {
    List<String> out = new ArrayList<>();
    for (KeyValue kv : pairs) {
      out.add(one(df, ins, kv.key()));
      out.add(one(df, ins, kv.value()));
    }
    return out;
  }

  private static List<String> args(Dockerfile df, Instruction ins, Arg a) {
    List<String> out = new ArrayList<>();
    for (ArgDefinition d : a.definitions()) {
      String name = one(df, ins, d.name());
      out.add(d.defaultValue().map(v -> name + "=" + one(df, ins, v)).orElse(name));
    }
    return out;
  }

  private static List<String> words(Dockerfile df, Instruction ins, List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(one(df, ins, w));
    }
    return out;
  }

  private static String one(Dockerfile df, Instruction ins, String word) {
    try {
      return df.expand(word, ins).value();
    } catch (ExpansionException e) {
      return word;
    }
  }
}
