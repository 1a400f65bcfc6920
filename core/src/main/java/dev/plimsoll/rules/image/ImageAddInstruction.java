package dev.plimsoll.rules.image;

import dev.plimsoll.image.format.ImageConfig.HistoryEntry;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * An ADD in the image history (dockle CIS-DI-0009, CIS Docker Benchmark 4.9): ADD fetches URLs and
 * unpacks archives where COPY only copies. The ADD that made the first layer is the base image's
 * root file system ({@code ADD file:… in /}, {@code ADD alpine-minirootfs.tar.gz /}) and is left
 * alone, as dockle leaves the first ADD of the history alone. Unlike dockle, an image whose first
 * layer came another way (debian's {@code # debian.sh}, {@code docker import}) gets its first ADD
 * reported too, and kaniko's history ({@code ADD src dest}, with neither {@code in} nor {@code #
 * buildkit}) is read as well.
 */
final class ImageAddInstruction implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-add-instruction",
          List.of("CIS-DI-0009"),
          Severity.INFO,
          Domain.IMAGE,
          "Use COPY instead of ADD, except for the base image's root file system");

  /**
   * The classic builder names what it added by a digest of its content ({@code ADD
   * file:139c3708fb62…2be2 in /somefile.txt}): shortened, so that the destination shows.
   */
  private static final Pattern CONTENT_DIGEST =
      Pattern.compile("\\b((?:file|dir|multi):[0-9a-f]{12})[0-9a-f]+");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    for (ImageSubject.Step step : subject.steps()) {
      String instruction =
          HistoryEntry.instruction(
              CONTENT_DIGEST.matcher(step.entry().createdBy()).replaceAll("$1…"), 80);
      int layer = step.layer();
      if (!instruction.startsWith("ADD ") || layer == 0) {
        continue;
      }
      report.accept(
          new Problem(
              layer,
              "`"
                  + instruction
                  + "`: use COPY for files from the build context; ADD also fetches URLs and"
                  + " unpacks archives, which a later change of the source can turn on unseen"));
    }
  }
}
