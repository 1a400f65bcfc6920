package dev.plimsoll.image.source;

import dev.plimsoll.BadInputException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An image reference as Docker reads it (distribution/reference's normalized names): {@code alpine}
 * is {@code docker.io/library/alpine:latest}; a first component with a {@code .} or a {@code :}, or
 * {@code localhost}, is a registry host.
 *
 * @param host the registry as named ({@code docker.io}, {@code 127.0.0.1:5000})
 * @param repository the path, e.g. {@code library/alpine}
 * @param tag the tag, when no digest is given ({@code latest} by default)
 * @param digest the digest, when given ({@code sha256:...})
 */
public record RegistryRef(String host, String repository, String tag, Optional<String> digest) {
  private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

  /** Parses {@code ref}, e.g. {@code 127.0.0.1:5000/team/app:1.2} or {@code app@sha256:...}. */
  public static RegistryRef parse(String ref) throws BadInputException {
    String rest = ref;
    Optional<String> digest = Optional.empty();
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = Optional.of(rest.substring(at + 1));
      rest = rest.substring(0, at);
      if (!DIGEST.matcher(digest.get()).matches()) {
        throw new BadInputException(ref, "the digest is not sha256: followed by 64 hex digits");
      }
    }
    String tag = "latest";
    int slash = rest.lastIndexOf('/');
    int colon = rest.lastIndexOf(':');
    if (colon > slash) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
      if (!TAG.matcher(tag).matches()) {
        throw new BadInputException(ref, "the tag " + tag + " is not a valid tag");
      }
    }
    String host = "docker.io";
    int first = rest.indexOf('/');
    if (first > 0) {
      String head = rest.substring(0, first);
      if (head.contains(".") || head.contains(":") || head.equals("localhost")) {
        host = head;
        rest = rest.substring(first + 1);
      }
    }
    if (host.equals("docker.io") && !rest.contains("/")) {
      rest = "library/" + rest;
    }
    for (String c : rest.split("/", -1)) {
      if (!COMPONENT.matcher(c).matches()) {
        throw new BadInputException(ref, "the repository name " + rest + " is not valid");
      }
    }
    return new RegistryRef(host.toLowerCase(Locale.ROOT), rest, tag, digest);
  }

  /** Where the API is: Docker Hub's registry answers on another name than its references use. */
  public String apiHost() {
    return host.equals("docker.io") ? "registry-1.docker.io" : host;
  }

  /** The tag or digest a manifest request names. */
  public String reference() {
    return digest.orElse(tag);
  }

  /** Whether the host is this machine, where plain HTTP is allowed without being asked for. */
  public boolean isLoopback() {
    String h =
        host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.split(":", 2)[0];
    return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]");
  }

  @Override
  public String toString() {
    return host + "/" + repository + digest.map(d -> "@" + d).orElse(":" + tag);
  }
}
