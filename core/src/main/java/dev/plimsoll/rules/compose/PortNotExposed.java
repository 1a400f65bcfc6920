package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.Build;
import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Port;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpansionException;
import dev.plimsoll.dockerfile.instruction.ExpansionResult;
import dev.plimsoll.dockerfile.instruction.Expose;
import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published container port that the Dockerfile compose builds the service from never EXPOSEs,
 * while it EXPOSEs others: the app most likely listens on an exposed port, and the published one
 * reaches nothing. Only Dockerfiles with an EXPOSE are judged (the base image's EXPOSE cannot be
 * seen without pulling it), and only when every EXPOSE can be read without the build's arguments.
 * When the stages rest on an image rather than {@code scratch}, the message says that image's
 * EXPOSE was not read: it may EXPOSE the published port (nginx EXPOSEs 80).
 */
final class PortNotExposed extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-port-not-exposed",
          List.of(),
          Severity.WARNING,
          Domain.COMPOSE,
          "Publish a port the service's Dockerfile EXPOSEs");

  /** {@code 8080}, {@code 8080/udp}, {@code 8000-8010/tcp}, as EXPOSE takes them. */
  private static final Pattern EXPOSED =
      Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?(?:/([A-Za-z]+))?");

  /** One exposed port or range. */
  private record Exposed(int from, int to, String protocol, String written) {
    boolean covers(Port p) {
      return p.target() >= from && p.target() <= to && p.protocol().equals(protocol);
    }
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    List<Port> published = s.ports().stream().filter(p -> p.published().isPresent()).toList();
    if (published.isEmpty()) {
      return;
    }
    Optional<Dockerfile> d = ServiceDockerfile.of(project, s);
    Optional<List<Exposed>> exposed = d.flatMap(file -> exposed(s, file));
    if (exposed.isEmpty() || exposed.get().isEmpty()) {
      return;
    }
    List<String> written = exposed.get().stream().map(Exposed::written).toList();
    List<Stage> chain = ServiceDockerfile.chain(s, d.get());
    From base = chain.get(chain.size() - 1).from();
    String unread =
        base.isScratch()
            ? ""
            : " (only the Dockerfile's own EXPOSE was read: base image "
                + base.image()
                + " may EXPOSE it)";
    for (Port p : published) {
      if (exposed.get().stream().noneMatch(e -> e.covers(p))) {
        report.at(
            p.pos(),
            "service "
                + s.name()
                + " publishes container port "
                + p.target()
                + "/"
                + p.protocol()
                + ", which its Dockerfile ("
                + d.get().file()
                + ") does not EXPOSE; it EXPOSEs "
                + String.join(", ", written)
                + ": publish the port the app listens on, or EXPOSE this one"
                + unread);
      }
    }
  }

  /**
   * What the stage the service runs and the stages under it EXPOSE; empty when an EXPOSE depends on
   * a build argument or does not read as a port.
   */
  private static Optional<List<Exposed>> exposed(Service s, Dockerfile d) {
    List<String> args =
        s.build().map(Build::args).map(a -> List.copyOf(a.keySet())).orElse(List.of());
    List<Exposed> out = new ArrayList<>();
    for (Stage st : ServiceDockerfile.chain(s, d)) {
      for (Expose e : st.all(Expose.class)) {
        for (String word : e.ports()) {
          ExpansionResult r;
          try {
            r = d.expand(word, e);
          } catch (ExpansionException ex) {
            return Optional.empty();
          }
          if (!r.unmatched().isEmpty() || r.used().stream().anyMatch(args::contains)) {
            return Optional.empty();
          }
          Matcher m = EXPOSED.matcher(r.value());
          if (!m.matches()) {
            return Optional.empty();
          }
          int from = Integer.parseInt(m.group(1));
          int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
          String protocol = m.group(3) == null ? "tcp" : m.group(3).toLowerCase(Locale.ROOT);
          out.add(new Exposed(from, to, protocol, r.value()));
        }
      }
    }
    return Optional.of(out);
  }
}
