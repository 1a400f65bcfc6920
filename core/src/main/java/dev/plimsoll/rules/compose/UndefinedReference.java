package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Definition;
import dev.plimsoll.compose.model.Dependency;
import dev.plimsoll.compose.model.Mount;
import dev.plimsoll.compose.model.ResourceRef;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.compose.yaml.YMap;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Map;

/**
 * A service that uses a network, named volume, secret or config that the top level does not define,
 * or depends on a service the project does not have (or whose profile is off): {@code docker
 * compose up} refuses the project. The {@code default} network is always defined. An empty volume
 * source (from an unset variable) is compose-undefined-variable's.
 */
final class UndefinedReference extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-undefined-reference",
          List.of(),
          Severity.ERROR,
          Domain.COMPOSE,
          "Networks, volumes, secrets and configs a service uses must be defined");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    for (YMap.Entry n : s.raw().map("networks").map(YMap::entries).orElse(List.of())) {
      if (!n.key().equals("default") && !project.networks().containsKey(n.key())) {
        report.at(n.keyPos(), message(s, "network", n.key(), "networks"));
      }
    }
    for (Mount m : s.volumes()) {
      if (m.type().equals("volume")
          && m.source().filter(src -> !src.isEmpty()).isPresent()
          && !project.volumes().containsKey(m.source().get())) {
        report.at(m.pos(), message(s, "volume", m.source().get(), "volumes"));
      }
    }
    refs(s, s.secrets(), project.secrets(), "secret", "secrets", report);
    refs(s, s.configs(), project.configs(), "config", "configs", report);
    for (Dependency d :
        s.dependsOn().values().stream()
            .sorted(java.util.Comparator.comparing(Dependency::service))
            .toList()) {
      if (d.required() && project.service(d.service()).isEmpty()) {
        report.at(
            d.pos(),
            "service "
                + s.name()
                + " depends on service "
                + d.service()
                + ", which the project does not have (or whose profile is not enabled): define it,"
                + " enable its profile, or set required: false");
      }
    }
  }

  private static void refs(
      Service s,
      List<ResourceRef> used,
      Map<String, Definition> defined,
      String kind,
      String key,
      Report report) {
    for (ResourceRef r : used) {
      if (!defined.containsKey(r.source())) {
        report.at(r.pos(), message(s, kind, r.source(), key));
      }
    }
  }

  private static String message(Service s, String kind, String name, String key) {
    return "service "
        + s.name()
        + " uses "
        + kind
        + " "
        + name
        + ", which the top-level "
        + key
        + ": does not define: docker compose up refuses the project; define it under "
        + key
        + ":";
  }
}
