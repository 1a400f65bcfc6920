package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Expose;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * {@code EXPOSE 8080:80} or {@code EXPOSE 127.0.0.1:80:80}: a host port or IP address in EXPOSE
 * (BuildKit's ExposeInvalidFormat, {@code parsePort} in convert_expose.go). EXPOSE documents the
 * container's ports; publishing them on the host is {@code docker run -p}'s job, and BuildKit has
 * announced that this form will become an error.
 */
final class ExposeContainerPortOnly implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "expose-container-port-only",
          List.of("ExposeInvalidFormat"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "EXPOSE should name container ports only, without a host IP or host port");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitExpose(Expose expose, RuleContext ctx) {
    for (ExposePort p : ExposePort.of(expose, ctx.dockerfile())) {
      if (!p.ip().isEmpty() || !p.hostPort().isEmpty()) {
        String container = p.raw().substring(p.raw().lastIndexOf(':') + 1);
        ctx.report(
            expose,
            "EXPOSE instruction should not define an IP address or host-port mapping, found '"
                + p.raw()
                + "': write EXPOSE "
                + container
                + " and publish it with docker run -p");
      }
    }
  }
}
