package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.Command;
import dev.plimsoll.dockerfile.shell.Download;
import dev.plimsoll.dockerfile.shell.Pipeline;
import dev.plimsoll.dockerfile.shell.Redirect;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.dockerfile.shell.Word;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A script fetched with curl or wget and run as it comes, with no checksum or signature check:
 * piped into a shell or another interpreter ({@code curl URL | sh}, {@code wget -qO- URL | sudo
 * bash -s --}, {@code curl URL | python3 -}), run from a substitution ({@code sh -c "$(curl URL)"},
 * {@code bash <(curl URL)}, {@code eval "$(wget -qO- URL)"}), or saved to a file and run by a RUN
 * that does not verify that file ({@link Verification}). Whoever controls the server, or the path
 * to it, then runs code in the build. Code handed to {@code sh -c} as a string is read too, a few
 * levels deep, so the exec form is covered.
 */
final class PipeToShell implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "pipe-to-shell",
          List.of(),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Downloaded scripts should be verified before they run, not piped into a shell");

  private static final int MAX_DEPTH = 3;
  private static final String FIX =
      " without a checksum or signature check: save it to a file, verify it (echo \"<sha256>"
          + "  install.sh\" | sha256sum -c -, or gpg --verify) and then run the file";

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public List<String> programs() {
    return List.of("curl", "wget");
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    find(script, 0).ifPresent(message -> ctx.report(at, message));
  }

  private static Optional<String> find(ShellScript script, int depth) {
    for (Pipeline pipeline : script.pipelines()) {
      Download fetched = null;
      for (Command command : pipeline.commands()) {
        if (command instanceof SimpleCommand c) {
          Optional<Interpreter> in = Interpreter.of(c);
          if (fetched != null && in.isPresent() && in.get().source() == Interpreter.Source.STDIN) {
            return Optional.of(
                "`" + in.get().program() + "` runs the script piped from " + url(fetched) + FIX);
          }
          Optional<Download> d = Download.recognise(c).filter(Download::writesToStdout);
          if (d.isPresent()) {
            fetched = d.get();
          }
        }
      }
    }
    Map<String, Download> saved = new HashMap<>();
    for (SimpleCommand c : script.commands()) {
      Optional<Interpreter> in = Interpreter.of(c);
      if (in.isPresent() && in.get().code().isPresent()) {
        Word code = in.get().code().get();
        Optional<String> found = runs(in.get(), code, saved, script, depth);
        if (found.isPresent()) {
          return found;
        }
      } else if (c.unwrapped().name().filter(n -> n.endsWith(".sh")).isPresent()) {
        String name = basename(c.unwrapped().name().get());
        Download d = saved.get(name);
        if (d != null && !Verification.covers(script, name)) {
          return Optional.of(
              "`" + c.unwrapped().program() + "` runs the script saved from " + url(d) + FIX);
        }
      }
      Download.recognise(c).ifPresent(d -> savedName(d).ifPresent(name -> saved.put(name, d)));
    }
    return Optional.empty();
  }

  /** What an interpreter given code (inline or as a file) runs, when it was downloaded. */
  private static Optional<String> runs(
      Interpreter in, Word code, Map<String, Download> saved, ShellScript script, int depth) {
    String program = "`" + in.program() + "` runs the script";
    if (in.source() == Interpreter.Source.INLINE) {
      if (code.literal().isPresent() && depth < MAX_DEPTH) {
        return find(ShellScript.parse(code.literal().get()), depth + 1);
      }
      SimpleCommand holder = new SimpleCommand(List.of(), List.of(code), List.of(), code.offset());
      for (ShellScript sub : holder.substitutions()) {
        Optional<Download> d = printed(sub);
        if (d.isPresent()) {
          return Optional.of(program + " fetched from " + url(d.get()) + FIX);
        }
      }
      return Optional.empty();
    }
    String raw = code.raw();
    if (raw.startsWith("<(") && raw.endsWith(")")) {
      Optional<Download> d = printed(ShellScript.parse(raw.substring(2, raw.length() - 1)));
      return d.map(download -> program + " fetched from " + url(download) + FIX);
    }
    String name = basename(code.unquoted());
    Download d = saved.get(name);
    if (d != null && !Verification.covers(script, name)) {
      return Optional.of(program + " saved from " + url(d) + FIX);
    }
    return Optional.empty();
  }

  /** A download whose body is what the script prints: the last command of a pipeline. */
  private static Optional<Download> printed(ShellScript script) {
    for (Pipeline p : script.pipelines()) {
      Command last = p.commands().get(p.commands().size() - 1);
      if (last instanceof SimpleCommand c) {
        Optional<Download> d = Download.recognise(c).filter(Download::writesToStdout);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The name a download is saved under: the file standard output is redirected to ({@code curl URL
   * > install.sh}), its output file, or the URL's last segment.
   */
  private static Optional<String> savedName(Download d) {
    if (d.writesToStdout()) {
      for (Redirect r : d.command().redirects()) {
        boolean stdout = r.fd().isEmpty() || r.fd().getAsInt() == 1;
        if (stdout && (r.operator().equals(">") || r.operator().equals(">|"))) {
          return r.target().map(w -> basename(w.unquoted()));
        }
      }
      return Optional.empty();
    }
    if (d.output().isPresent()) {
      return Optional.of(basename(d.output().get()));
    }
    if (d.urls().isEmpty()) {
      return Optional.empty();
    }
    String url = d.urls().get(0);
    int cut = url.indexOf('?');
    return Optional.of(basename(cut < 0 ? url : url.substring(0, cut)));
  }

  private static String url(Download d) {
    return d.urls().isEmpty() ? "a URL" : d.urls().get(0);
  }

  private static String basename(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
