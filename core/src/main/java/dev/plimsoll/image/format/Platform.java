package dev.plimsoll.image.format;

import dev.plimsoll.BadInputException;
import java.util.Optional;

/**
 * The platform an image runs on, as an index entry declares it (OCI image spec, image-index.md:
 * {@code platform.os}, {@code platform.architecture}, {@code platform.variant}).
 */
public record Platform(String os, String architecture, Optional<String> variant) {
  /** What a platform is taken to be when nobody asks for one: what most servers run. */
  public static final Platform DEFAULT = new Platform("linux", "amd64", Optional.empty());

  /**
   * {@code os/arch[/variant]} as {@code docker --platform} takes it, e.g. {@code linux/arm64/v8}.
   */
  public static Platform parse(String text) throws BadInputException {
    String[] parts = text.split("/", -1);
    if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new BadInputException(text, "not a platform: want os/architecture[/variant]");
    }
    return new Platform(
        parts[0], parts[1], parts.length == 3 ? Optional.of(parts[2]) : Optional.empty());
  }

  /**
   * Whether an image built for {@code this} serves a request for {@code wanted}: os and
   * architecture equal, and the variant too when the request names one.
   */
  public boolean serves(Platform wanted) {
    return os.equals(wanted.os)
        && architecture.equals(wanted.architecture)
        && (wanted.variant.isEmpty() || wanted.variant.equals(variant));
  }

  @Override
  public String toString() {
    return os + "/" + architecture + variant.map(v -> "/" + v).orElse("");
  }
}
