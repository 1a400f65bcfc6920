package dev.plimsoll.cli;

import static dev.plimsoll.context.BuildContext.humanBytes;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plimsoll.image.files.FileNode;
import dev.plimsoll.image.files.LayerView;
import dev.plimsoll.image.files.LayerView.Row;
import dev.plimsoll.image.format.ImageConfig.HistoryEntry;
import dev.plimsoll.image.model.ImageAnalysis;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * {@code image --tree LAYER}: one layer's file tree, as dive's tree pane shows it, one line per
 * path with the layer's mark ({@code +} added, {@code ~} changed, {@code -} removed), permissions,
 * owner, size and the name under ASCII branches (a terminal without UTF-8 shows them too).
 *
 * @param view the layer's view
 * @param changesOnly only the paths the layer touched, with their folders
 */
record ImageTree(LayerView view, boolean changesOnly) {

  /**
   * The tree {@code --tree ARG} asks for.
   *
   * @throws ParameterException when the image has no such layer
   */
  static ImageTree of(ImageAnalysis a, String arg, boolean changesOnly, CommandLine cl) {
    int count = a.layers().size();
    int number = number(arg, cl);
    if (number == 0) {
      number = count;
    }
    if (number < 1 || number > count) {
      throw new ParameterException(
          cl, "--tree " + arg + ": " + a.image() + " has layers 1 to " + count);
    }
    return new ImageTree(a.files().layer(number - 1), changesOnly);
  }

  /**
   * The layer {@code --tree ARG} names: its number from 1, as the layer table and the findings
   * count, or 0 for {@code last}.
   *
   * @throws ParameterException for anything else
   */
  static int number(String arg, CommandLine cl) {
    if (arg.equals("last")) {
      return 0;
    }
    if (arg.matches("0*[1-9][0-9]{0,8}")) {
      return Integer.parseInt(arg);
    }
    throw new ParameterException(
        cl, "--tree takes a layer number from 1, or last, not '" + arg + "'");
  }

  /** The rows shown. */
  List<Row> rows() {
    return changesOnly ? view.changes() : view.rows();
  }

  void writeTty(ImageAnalysis a, Writer out) throws IOException {
    int layer = view.layer();
    out.write(
        String.format(
            Locale.ROOT,
            "%s layer %d of %d `%s`: + added, ~ changed, - removed%n",
            a.image(),
            layer + 1,
            a.layers().size(),
            HistoryEntry.instruction(a.layers().get(layer).createdBy().orElse(""), 70)));
    List<Row> rows = rows();
    boolean[] last = lastSiblings(rows);
    boolean[] ancestorLast = new boolean[rows.stream().mapToInt(Row::depth).max().orElse(0) + 1];
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      FileNode f = r.file();
      line.setLength(0);
      line.append(
          String.format(
              Locale.ROOT,
              "%s %s %11s %9s  ",
              r.mark().symbol(),
              permissions(f),
              f.uid() + ":" + f.gid(),
              humanBytes(r.size())));
      for (int d = 0; d < r.depth(); d++) {
        line.append(ancestorLast[d] ? "    " : "|   ");
      }
      line.append(last[i] ? "`-- " : "|-- ").append(display(f)).append('\n');
      ancestorLast[r.depth()] = last[i];
      out.write(line.toString());
    }
  }

  void writeJson(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("tree");
    g.writeNumberField("layer", view.layer());
    g.writeBooleanField("changesOnly", changesOnly);
    g.writeArrayFieldStart("paths");
    for (Row r : rows()) {
      FileNode f = r.file();
      g.writeStartObject();
      g.writeStringField("path", "/" + f.path());
      g.writeStringField("mark", r.mark().name().toLowerCase(Locale.ROOT));
      g.writeStringField("kind", f.kind().name().toLowerCase(Locale.ROOT));
      g.writeNumberField("bytes", r.size());
      g.writeStringField("permissions", permissions(f));
      g.writeNumberField("uid", f.uid());
      g.writeNumberField("gid", f.gid());
      if (f.linkTarget().isPresent()) {
        g.writeStringField("target", f.linkTarget().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The name, with a link's target as {@code ls -l} and {@code tar -tv} show it. */
  static String display(FileNode f) {
    String name = f.path().substring(f.path().lastIndexOf('/') + 1);
    return switch (f.kind()) {
      case SYMLINK -> name + " -> " + f.linkTarget().orElse("");
      case HARDLINK -> name + " link to /" + f.linkTarget().orElse("");
      default -> name;
    };
  }

  /** The mode as {@code ls -l} shows it, setuid, setgid and sticky bits included. */
  static String permissions(FileNode f) {
    char type =
        switch (f.kind()) {
          case DIRECTORY -> 'd';
          case SYMLINK -> 'l';
          case CHAR_DEVICE -> 'c';
          case BLOCK_DEVICE -> 'b';
          case FIFO -> 'p';
          default -> '-';
        };
    int m = f.mode();
    StringBuilder s = new StringBuilder(10).append(type);
    for (int shift = 6; shift >= 0; shift -= 3) {
      s.append((m >> shift & 4) != 0 ? 'r' : '-').append((m >> shift & 2) != 0 ? 'w' : '-');
      boolean x = (m >> shift & 1) != 0;
      int special = shift == 6 ? 04000 : shift == 3 ? 02000 : 01000;
      char set = shift == 0 ? 't' : 's';
      s.append((m & special) != 0 ? (x ? set : Character.toUpperCase(set)) : (x ? 'x' : '-'));
    }
    return s.toString();
  }

  /** For each row, whether no later row shares its folder. */
  private static boolean[] lastSiblings(List<Row> rows) {
    boolean[] last = new boolean[rows.size()];
    boolean[] later = new boolean[rows.stream().mapToInt(Row::depth).max().orElse(0) + 1];
    int deepest = 0;
    for (int i = rows.size() - 1; i >= 0; i--) {
      int d = rows.get(i).depth();
      last[i] = !later[d];
      later[d] = true;
      // The rows below this one at deeper levels were its own contents, not its siblings'.
      for (int k = d + 1; k <= deepest; k++) {
        later[k] = false;
      }
      deepest = d;
    }
    return last;
  }
}
