package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.dockerfile.shell.Word;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A local archive COPYed in and then extracted by a later RUN of the same stage (hadolint's
 * DL3010): {@code ADD} extracts a local tar archive itself, and the archive never becomes a layer
 * of its own. As in hadolint, the archive is a COPY source (or the destination, when it is named
 * like one) with an archive extension, without {@code --from}; the RUN extracts it when {@code tar}
 * with {@code -x}/{@code --extract}/{@code --get} (or the old {@code tar xzf} form) or a
 * decompressor ({@code gunzip}, {@code unxz}, {@code zcat}, ...) names the same file. Plimsoll does
 * not take {@code --exclude} for {@code -x}, as hadolint does, and needs a decompressed file to be
 * a tarball ({@code .tar.gz}, {@code .tgz}): ADD would leave a plain {@code .gz} as it is.
 */
final class AddToExtractArchives implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "add-to-extract-archives",
          List.of("DL3010"),
          Severity.INFO,
          Domain.DOCKERFILE,
          "Use ADD to extract a local archive instead of COPY and tar in RUN");

  private static final String[] EXTENSIONS = {
    ".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz",
    ".tpz", ".txz", ".xz"
  };
  private static final String[] TARBALLS = {
    ".tar",
    ".tar.Z",
    ".tar.bz2",
    ".tar.gz",
    ".tar.lz",
    ".tar.lzma",
    ".tar.xz",
    ".tZ",
    ".tb2",
    ".tbz",
    ".tbz2",
    ".tgz",
    ".tlz",
    ".tpz",
    ".txz"
  };
  private static final Set<String> DECOMPRESSORS =
      Set.of("unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz", "uncompress", "zcat", "gzcat");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitCopy(Copy copy, RuleContext ctx) {
    if (copy.from().isPresent()) {
      return;
    }
    List<String> archives = archives(copy);
    Dockerfile file = ctx.dockerfile();
    Optional<Stage> stage = file.stageOf(copy);
    if (archives.isEmpty() || stage.isEmpty()) {
      return;
    }
    List<Instruction> all = stage.get().instructions();
    for (Instruction later : all.subList(all.indexOf(copy) + 1, all.size())) {
      if (later instanceof Run run && extracts(ctx.script(run), archives)) {
        ctx.report(copy, "Use `ADD` for extracting archives into an image.");
        return;
      }
    }
  }

  /** The archives' base names: the destination's when it is named as one, else the sources'. */
  private static List<String> archives(Copy copy) {
    List<String> out = new ArrayList<>();
    String dest = basename(copy.destination());
    if (endsWithAny(dest, EXTENSIONS)) {
      out.add(dest);
      return out;
    }
    for (String source : copy.sources()) {
      String name = basename(source);
      if (endsWithAny(name, EXTENSIONS)) {
        out.add(name);
      }
    }
    return out;
  }

  private static boolean extracts(ShellScript script, List<String> archives) {
    for (SimpleCommand c : script.commands()) {
      SimpleCommand u = c.unwrapped();
      boolean tar = u.is("tar") && tarExtracts(u);
      boolean decompress = DECOMPRESSORS.contains(u.program());
      if (!tar && !decompress) {
        continue;
      }
      for (Word w : u.arguments()) {
        String name = basename(w.unquoted());
        if (archives.contains(name) && (tar || endsWithAny(name, TARBALLS))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean tarExtracts(SimpleCommand tar) {
    List<Word> args = tar.arguments();
    if (!args.isEmpty()) {
      String first = args.get(0).unquoted();
      if (!first.startsWith("-")
          && first.indexOf('x') >= 0
          && first.chars().allMatch(Character::isLetter)) {
        return true; // tar xzf archive.tgz: the old bundled form
      }
    }
    for (Word w : args) {
      String text = w.unquoted();
      if (text.equals("--extract") || text.equals("--get")) {
        return true;
      }
      if (text.startsWith("-") && !text.startsWith("--") && text.indexOf('x') > 0) {
        return true;
      }
    }
    return false;
  }

  private static String basename(String path) {
    String p = path;
    if (p.length() >= 2 && (p.charAt(0) == '"' || p.charAt(0) == '\'')) {
      p = p.substring(1, p.length() - 1);
    }
    int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    return p.substring(slash + 1);
  }

  private static boolean endsWithAny(String name, String[] suffixes) {
    for (String s : suffixes) {
      if (name.endsWith(s)) {
        return true;
      }
    }
    return false;
  }
}
