package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.Edit;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ADD of plain local files and folders, where COPY says the same without ADD's surprises: remote
 * fetches and automatic extraction (hadolint's DL3020). As in hadolint, ADD is fine when every
 * source is an archive (by its extension) or remote; Plimsoll also counts git sources ({@code
 * git@host:repo}, any {@code scheme://}), which BuildKit's ADD clones.
 */
final class CopyInsteadOfAdd implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "copy-instead-of-add",
          List.of("DL3020"),
          Severity.ERROR,
          Domain.DOCKERFILE,
          "Use COPY instead of ADD for files and folders");

  /**
   * hadolint's archiveFileFormatExtensions (src/Hadolint/Rule.hs); {@code .Z} is case-sensitive.
   */
  private static final List<String> ARCHIVES =
      List.of(
          ".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz",
          ".tlz", ".tpz", ".txz", ".xz", ".zst");

  @Override
  public RuleMeta meta() {
    return META;
  }

  /** The flags ADD and COPY share; ADD's others ({@code --checksum}, ...) have no COPY form. */
  private static final Set<String> COPY_FLAGS = Set.of("chown", "chmod", "link", "exclude");

  @Override
  public void visitAdd(Add add, RuleContext ctx) {
    List<String> sources =
        add.sources().stream()
            .map(s -> KnownValue.unquote(KnownValue.of(ctx.dockerfile(), add, s).orElse(s)))
            .toList();
    for (String s : sources) {
      if (!isArchive(s) && !isRemote(s)) {
        ctx.report(
            add,
            "Use COPY instead of ADD for files and folders: '"
                + s
                + "' is neither an archive nor a URL",
            fix(add, sources, ctx));
        return;
      }
    }
  }

  /**
   * COPY for ADD only when no source is an archive or a URL (COPY would neither unpack nor fetch)
   * or holds a variable (its value is only known at build time), and every flag exists for COPY.
   */
  private static List<Edit> fix(Add add, List<String> sources, RuleContext ctx) {
    boolean local =
        sources.stream().noneMatch(s -> isArchive(s) || isRemote(s))
            && add.sources().stream().noneMatch(s -> s.contains("$"));
    boolean flags =
        add.node().flags().stream()
            .map(f -> f.replaceFirst("^--", "").replaceFirst("=.*", ""))
            .allMatch(COPY_FLAGS::contains);
    if (!local || !flags) {
      return List.of();
    }
    String copy = InstructionEdits.caseOf(add.node().keyword(), "COPY");
    return InstructionEdits.keyword(ctx.dockerfile(), add, copy).stream().toList();
  }

  private static boolean isArchive(String source) {
    return ARCHIVES.stream().anyMatch(source::endsWith);
  }

  private static boolean isRemote(String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    return lower.contains("://") || lower.startsWith("git@");
  }
}
