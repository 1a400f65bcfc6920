package dev.plimsoll.cli;

import dev.plimsoll.report.ReportWriters;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The formats {@code -f/--format} accepts: {@code tty} (the default) and {@code json}, then the
 * command's own, then the report writers'. One list for the help, the check of {@code --format} and
 * its error message, so they cannot drift apart.
 *
 * <p>As {@code completionCandidates} of {@link ReportOptions}' option it gives the formats every
 * command has. A command that writes more formats itself ({@link Own}) names this class as its
 * {@code modelTransformer}: picocli fixes a mixin's option once for every command that mixes it in,
 * so the transformer replaces the command's copy of the option with one listing its formats.
 */
final class ReportFormats implements Iterable<String>, IModelTransformer {
  /** A command that writes some formats itself (image's html, scan's cyclonedx-json). */
  interface Own {
    /** The formats the command writes itself, in the order its help lists them. */
    List<String> ownFormats();
  }

  static final String OPTION = "--format";

  /** {@code tty}, {@code json}, then {@code own}, then the report writers' formats. */
  static List<String> of(List<String> own) {
    Set<String> all = new LinkedHashSet<>();
    all.add("tty");
    all.add("json");
    all.addAll(own);
    all.addAll(ReportWriters.formats());
    return List.copyOf(all);
  }

  @Override
  public Iterator<String> iterator() {
    return of(List.of()).iterator();
  }

  @Override
  public CommandSpec transform(CommandSpec spec) {
    if (spec.userObject() instanceof Own own) {
      OptionSpec format = spec.findOption(OPTION);
      spec.remove(format);
      spec.addOption(format.toBuilder().completionCandidates(of(own.ownFormats())).build());
    }
    return spec;
  }
}
