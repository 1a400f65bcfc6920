package dev.plimsoll.compose;

import dev.plimsoll.compose.model.EnvVar;
import dev.plimsoll.compose.yaml.YMap;
import dev.plimsoll.compose.yaml.YNode;
import dev.plimsoll.compose.yaml.YScalar;
import dev.plimsoll.compose.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A service's environment entry written as a bare name ({@code - NAME}, or {@code NAME:} without a
 * value) takes its value from the project's variables: the process environment over {@code .env} or
 * {@code --env-file}. docker-compose 1.29 does so, and so does compose-go, once per file before the
 * merge with that file's variables (loader/resolve_env.go); the container gets the value. A name
 * the variables lack keeps no value, and the engine then leaves it unset. Each bare name is
 * reported with the position of its value (a merge keeps the first file's key position with a later
 * file's value), so the model can tell a value resolved so from one a file wrote.
 */
final class BareEnvironment {
  private BareEnvironment() {}

  static YMap resolve(YMap root, Map<String, String> variables, Consumer<EnvVar.BareName> written) {
    if (!(root.get("services").orElse(null) instanceof YMap services)) {
      return root;
    }
    List<YMap.Entry> out = new ArrayList<>();
    for (YMap.Entry s : services.entries()) {
      YNode v = s.value();
      if (v instanceof YMap service && service.get("environment").isPresent()) {
        v =
            service.with(
                "environment", environment(service.get("environment").get(), variables, written));
      }
      out.add(new YMap.Entry(s.key(), s.keyPos(), v));
    }
    return root.with("services", new YMap(out, services.pos(), services.tag()));
  }

  private static YNode environment(
      YNode env, Map<String, String> variables, Consumer<EnvVar.BareName> written) {
    if (env instanceof YSeq seq) {
      List<YNode> items = new ArrayList<>();
      for (YNode item : seq.items()) {
        String value = null;
        if (item instanceof YScalar s && !s.isNull() && s.value().indexOf('=') < 0) {
          written.accept(new EnvVar.BareName(s.value(), s.pos()));
          value = variables.get(s.value());
        }
        items.add(
            value == null
                ? item
                : YScalar.string(((YScalar) item).value() + "=" + value, item.pos()));
      }
      return new YSeq(items, seq.pos(), seq.tag());
    }
    if (env instanceof YMap map) {
      List<YMap.Entry> entries = new ArrayList<>();
      for (YMap.Entry e : map.entries()) {
        String value = null;
        if (e.value() instanceof YScalar s && s.isNull()) {
          written.accept(new EnvVar.BareName(e.key(), s.pos()));
          value = variables.get(e.key());
        }
        entries.add(
            value == null
                ? e
                : new YMap.Entry(e.key(), e.keyPos(), YScalar.string(value, e.value().pos())));
      }
      return new YMap(entries, map.pos(), map.tag());
    }
    return env;
  }
}
