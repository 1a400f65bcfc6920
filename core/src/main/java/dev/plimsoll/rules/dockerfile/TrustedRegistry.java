package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A base image from a registry outside {@code trustedRegistries} (hadolint's DL3026). Quiet when no
 * registry is configured. An image without a registry comes from Docker Hub, trusted as {@code
 * docker.io} or {@code hub.docker.com}; {@code scratch} and earlier stages are not images at all.
 * The registry is the first path part when it has a dot or a port or is {@code localhost}, as in
 * distribution/reference. A configured {@code *.example.com} trusts every subdomain.
 */
final class TrustedRegistry implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "trusted-registry",
          List.of("DL3026"),
          Severity.ERROR,
          Domain.DOCKERFILE,
          "Base images should come only from the trusted registries");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFrom(From from, RuleContext ctx) {
    List<String> trusted = ctx.config().trustedRegistries();
    Dockerfile file = ctx.dockerfile();
    Optional<String> image = FromArgs.expand(from, file);
    if (trusted.isEmpty() || image.isEmpty() || image.get().equalsIgnoreCase("scratch")) {
      return;
    }
    int index = file.stageOf(from).map(s -> s.index()).orElse(0);
    if (file.stages().stream().anyMatch(s -> s.index() < index && s.isNamed(image.get()))) {
      return;
    }
    String registry = registry(image.get());
    boolean ok =
        registry.isEmpty()
            ? trusted.stream().anyMatch(t -> t.equals("docker.io") || t.equals("hub.docker.com"))
            : trusted.stream().anyMatch(t -> matches(t, registry));
    if (!ok) {
      ctx.report(
          from,
          "Base image "
              + image.get()
              + " comes from "
              + (registry.isEmpty() ? "Docker Hub (docker.io)" : registry)
              + ", which is not a trusted registry ("
              + String.join(", ", trusted)
              + ")");
    }
  }

  /** The registry host of {@code image}, or empty for Docker Hub. */
  private static String registry(String image) {
    int slash = image.indexOf('/');
    if (slash < 0) {
      return "";
    }
    String first = image.substring(0, slash);
    boolean host = first.contains(".") || first.contains(":") || first.equals("localhost");
    return host ? first.toLowerCase(Locale.ROOT) : "";
  }

  private static boolean matches(String trusted, String registry) {
    String t = trusted.toLowerCase(Locale.ROOT);
    if (t.startsWith("*.")) {
      return registry.endsWith(t.substring(1));
    }
    return t.equals(registry);
  }
}
