package dev.plimsoll.compose;

import dev.plimsoll.compose.yaml.YMap;
import dev.plimsoll.compose.yaml.YNode;
import dev.plimsoll.compose.yaml.YScalar;
import dev.plimsoll.compose.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code profiles} (profiles.md): a service without profiles is always on; one with profiles is on
 * when one of them is active ({@code --profile} or COMPOSE_PROFILES, comma-separated), or when
 * {@code *} is.
 */
final class Profiles {
  private Profiles() {}

  static Set<String> active(List<String> flags, String composeProfiles) {
    Set<String> out = new LinkedHashSet<>(flags);
    for (String p : composeProfiles.split(",", -1)) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }

  static YMap apply(YMap root, Set<String> active) {
    if (!(root.get("services").orElse(null) instanceof YMap services)) {
      return root;
    }
    List<YMap.Entry> on = new ArrayList<>();
    for (YMap.Entry e : services.entries()) {
      if (enabled(e.value(), active)) {
        on.add(e);
      }
    }
    return root.with("services", new YMap(on, services.pos(), services.tag()));
  }

  private static boolean enabled(YNode service, Set<String> active) {
    if (!(service instanceof YMap s) || !(s.get("profiles").orElse(null) instanceof YSeq p)) {
      return true;
    }
    if (p.items().isEmpty() || active.contains("*")) {
      return true;
    }
    return p.items().stream().anyMatch(i -> i instanceof YScalar x && active.contains(x.value()));
  }
}
