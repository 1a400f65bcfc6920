package dev.plimsoll.context.cache;

import java.util.Optional;

/**
 * What a second build does with one step.
 *
 * @param step the step, in the second build
 * @param cached true when the first build left a result with the same key
 * @param reason why it is rebuilt; empty when cached
 * @param cause true when the step itself changed (its parent is cached), false when it is rebuilt
 *     only because a step it builds on or reads from is
 * @param certain false when BuildKit may still find it cached: a {@code COPY --from} of a rebuilt
 *     stage is cached after all when what it copies comes out byte for byte the same
 */
public record CacheVerdict(
    CacheStep step, boolean cached, Optional<String> reason, boolean cause, boolean certain) {

  static CacheVerdict hit(CacheStep step) {
    return new CacheVerdict(step, true, Optional.empty(), false, true);
  }
}
