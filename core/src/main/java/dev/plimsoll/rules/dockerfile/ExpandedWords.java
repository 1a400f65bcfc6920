package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.dockerfile.instruction.Arg;
import dev.plimsoll.dockerfile.instruction.ArgDefinition;
import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Env;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.KeyValue;
import dev.plimsoll.dockerfile.instruction.Label;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Stopsignal;
import dev.plimsoll.dockerfile.instruction.User;
import dev.plimsoll.dockerfile.instruction.Volume;
import dev.plimsoll.dockerfile.instruction.Workdir;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a stage instruction that BuildKit's dispatcher expands and whose unset variables it
 * reports as UndefinedVar: the {@code Expand} methods of instructions/commands.go (ENV and LABEL
 * keys and values, COPY's {@code --chown}, sources and destination, ADD's too and its {@code
 * --checksum}, WORKDIR, USER, VOLUME, STOPSIGNAL, RUN's {@code --mount} options) and ARG defaults
 * ({@code dispatchArg}). EXPOSE is expanded without the report; commands, FROM and ONBUILD are not
 * expanded here. Heredoc bodies that BuildKit expands raw are left out.
 */
final class ExpandedWords {
  private ExpandedWords() {}

  static List<String> of(Instruction ins) {
    List<String> out = new ArrayList<>();
    if (ins instanceof Env e) {
      pairs(out, e.pairs());
    } else if (ins instanceof Label l) {
      pairs(out, l.pairs());
    } else if (ins instanceof Copy c) {
      c.flags().value("chown").ifPresent(out::add);
      VariablesDefined.sourcesAndDest(out, c.sources(), c.destination());
    } else if (ins instanceof Add a) {
      a.flags().value("chown").ifPresent(out::add);
      a.flags().value("checksum").ifPresent(out::add);
      VariablesDefined.sourcesAndDest(out, a.sources(), a.destination());
    } else if (ins instanceof Workdir w) {
      out.add(w.path());
    } else if (ins instanceof User u) {
      out.add(u.user());
    } else if (ins instanceof Volume v) {
      out.addAll(v.paths());
    } else if (ins instanceof Stopsignal s) {
      out.add(s.signal());
    } else if (ins instanceof Run r) {
      for (String mount : r.flags().values("mount")) {
        for (String field : mount.split(",", -1)) {
          int eq = field.indexOf('=');
          if (eq >= 0) {
            out.add(field.substring(eq + 1));
          }
        }
      }
    } else if (ins instanceof Arg a) {
      a.definitions().stream().map(ArgDefinition::defaultValue).forEach(v -> v.ifPresent(out::add));
    }
    return out;
  }

  private static void pairs(List<String> out, List<KeyValue> pairs) {
    for (KeyValue kv : pairs) {
      out.add(kv.key());
      out.add(kv.value());
    }
  }
}
