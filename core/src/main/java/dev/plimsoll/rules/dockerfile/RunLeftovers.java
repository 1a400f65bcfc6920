package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.Download;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageCommand.Action;
import dev.plimsoll.dockerfile.shell.PackageManager;
import dev.plimsoll.dockerfile.shell.PackageRef;
import dev.plimsoll.dockerfile.shell.Removal;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one RUN leaves behind in its layer (package lists, download caches, installed packages,
 * downloaded files) and what it cleans up, each keyed so that a later RUN's clean-up can be matched
 * with an earlier RUN's leftovers: {@code lists}, {@code cache:APT}, {@code
 * package:APK:.build-deps}, {@code file:go.tar.gz}. Clean-ups map each key to the command that does
 * it.
 */
final class RunLeftovers {
  static final String LISTS = "/var/lib/apt/lists";

  /** Words one of whose presence a RUN's text needs to make or clean anything tracked here. */
  static final List<String> PROGRAMS =
      List.of(
          "rm",
          "apt",
          "apk",
          "yum",
          "dnf",
          "zypper",
          "pip",
          "npm",
          "yarn",
          "pnpm",
          "gem",
          "go",
          "cargo",
          "composer",
          "curl",
          "wget");

  /** The cache folders each manager writes to, as the official images lay them out. */
  private static final Map<String, PackageManager> CACHE_DIRS =
      Map.ofEntries(
          Map.entry("/var/cache/apt", PackageManager.APT),
          Map.entry("/var/cache/apk", PackageManager.APK),
          Map.entry("/etc/apk/cache", PackageManager.APK),
          Map.entry("/var/cache/yum", PackageManager.YUM),
          Map.entry("/var/cache/dnf", PackageManager.YUM),
          Map.entry("/root/.cache/pip", PackageManager.PIP),
          Map.entry("/root/.npm", PackageManager.NPM),
          Map.entry("/usr/local/share/.cache/yarn", PackageManager.NPM),
          Map.entry("/root/.cache/yarn", PackageManager.NPM),
          Map.entry("/root/.composer/cache", PackageManager.COMPOSER),
          Map.entry("/usr/local/cargo/registry", PackageManager.CARGO));

  /** Everything the RUN made, whether or not it cleaned it up again. */
  final Set<String> made = new LinkedHashSet<>();

  /** What the RUN made and left in its layer. */
  final Set<String> left = new LinkedHashSet<>();

  final Map<String, SimpleCommand> cleaned = new LinkedHashMap<>();

  static RunLeftovers of(Run run, ShellScript script) {
    RunLeftovers r = new RunLeftovers();
    for (SimpleCommand c : script.commands()) {
      Optional<Removal> rm = Removal.recognise(c);
      if (rm.isPresent()) {
        r.removal(rm.get());
      }
      Optional<PackageCommand> pc = PackageCommand.recognise(c);
      if (pc.isPresent()) {
        r.packages(pc.get());
      }
      Optional<Download> dl = Download.recognise(c);
      if (dl.isPresent()) {
        savedAs(dl.get()).ifPresent(name -> r.left.add("file:" + name));
      }
    }
    r.made.addAll(r.left);
    r.left.removeIf(key -> r.cleaned.containsKey(key) || keptOut(run, key));
    return r;
  }

  private void removal(Removal rm) {
    if (rm.clears(LISTS)) {
      cleaned.put("lists", rm.command());
    }
    for (Map.Entry<String, PackageManager> e : CACHE_DIRS.entrySet()) {
      if (rm.clears(e.getKey())) {
        cleaned.put("cache:" + e.getValue(), rm.command());
      }
    }
    for (String path : rm.paths()) {
      String name = ImagePaths.baseName(path);
      if (!name.contains("*") && !name.contains("$") && name.contains(".")) {
        cleaned.put("file:" + name, rm.command());
      }
    }
  }

  private void packages(PackageCommand pc) {
    PackageManager m = pc.manager();
    if (pc.action() == Action.UPDATE && m == PackageManager.APT) {
      left.add("lists");
    } else if (pc.installs()) {
      boolean noCache =
          (m == PackageManager.APK && pc.hasFlag("--no-cache"))
              || (m == PackageManager.PIP && pc.hasFlag("--no-cache-dir"));
      if (!noCache && CACHE_DIRS.containsValue(m)) {
        left.add("cache:" + m);
      }
      for (PackageRef p : pc.packages()) {
        left.add("package:" + m + ":" + p.name());
      }
      pc.flagValue("--virtual", "-t")
          .filter(v -> m == PackageManager.APK)
          .ifPresent(v -> left.add("package:" + m + ":" + v));
    } else if (pc.action() == Action.REMOVE) {
      for (PackageRef p : pc.packages()) {
        cleaned.put("package:" + m + ":" + p.name(), pc.command());
      }
    } else if (pc.action() == Action.CLEAN && CACHE_DIRS.containsValue(m)) {
      cleaned.put("cache:" + m, pc.command());
    }
  }

  /** The file name a download is saved under, when it is saved to a file. */
  private static Optional<String> savedAs(Download d) {
    if (d.output().isPresent()) {
      String out = d.output().get();
      return out.equals("-") ? Optional.empty() : Optional.of(ImagePaths.baseName(out));
    }
    if ((d.tool().equals("wget") || d.remoteName()) && d.urls().size() == 1) {
      String url = d.urls().get(0);
      int q = url.indexOf('?');
      return Optional.of(ImagePaths.baseName(q < 0 ? url : url.substring(0, q)));
    }
    return Optional.empty();
  }

  private static boolean keptOut(Run run, String key) {
    if (key.equals("lists")) {
      return PackageCaches.mounted(run, LISTS);
    }
    for (Map.Entry<String, PackageManager> e : CACHE_DIRS.entrySet()) {
      if (key.equals("cache:" + e.getValue()) && PackageCaches.mounted(run, e.getKey())) {
        return true;
      }
    }
    return false;
  }
}
