package dev.plimsoll.rules.image;

import dev.plimsoll.image.model.ImageAnalysis;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.RuleMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the image rules on an analysed image, with the configuration's ignores and severities. A
 * finding's file is the image as named, and its line the layer it is about, counted from 1 as
 * {@code docker history} lists them from the base (1 for the image as a whole).
 */
public final class ImageLint {
  private final LintConfig config;
  private final DiveGates gates;
  private final boolean ci;

  /**
   * @param ci whether dive's gates run ({@code image --ci}); without it the gate rules are silent
   */
  public ImageLint(LintConfig config, DiveGates gates, boolean ci) {
    this.config = config;
    this.gates = gates;
    this.ci = ci;
  }

  /** The rules that run. */
  public List<RuleMeta> rules() {
    List<RuleMeta> out = new ArrayList<>();
    for (ImageRule r : ImageRules.all()) {
      if (!config.ignores(r.meta()) && (ci || !ImageRules.isGate(r.meta().name()))) {
        out.add(r.meta());
      }
    }
    return out;
  }

  public List<Finding> check(ImageSubject subject) {
    ImageAnalysis image = subject.analysis();
    List<Finding> out = new ArrayList<>();
    List<RuleMeta> on = rules();
    for (ImageRule r : ImageRules.all()) {
      RuleMeta meta = r.meta();
      if (!on.contains(meta)) {
        continue;
      }
      r.check(
          subject,
          gates,
          p -> {
            int line = p.layer() < 0 ? 1 : p.layer() + 1;
            out.add(
                new Finding(
                    meta.name(),
                    meta.aliases(),
                    config.severityOverride(meta).orElse(meta.severity()),
                    p.message(),
                    image.image(),
                    line,
                    1,
                    line));
          });
    }
    out.sort(Finding.ORDER);
    return out;
  }
}
