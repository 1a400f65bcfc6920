package dev.plimsoll.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.plimsoll.BadInputException;
import dev.plimsoll.rules.Fixer;
import dev.plimsoll.rules.Lint;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** {@code lint --fix} and {@code lint --diff}: what the fixer changed, written or shown. */
final class Fixes {
  private Fixes() {}

  /**
   * Fixes each file in place and returns the inputs with their new text, for the lint that reports
   * what is left. A file that cannot be written keeps its text and adds an error.
   */
  static List<Lint.Input> write(
      Fixer fixer, List<Lint.Input> inputs, List<BadInputException> errors, PrintWriter err) {
    List<Lint.Input> out = new ArrayList<>();
    for (Lint.Input in : inputs) {
      Fixer.Result r = fixer.fix(in.name(), in.text());
      if (!r.changed()) {
        out.add(in);
        continue;
      }
      try {
        if (in.name().equals(Inputs.displayName("-"))) {
          throw new BadInputException(in.name(), "--fix cannot rewrite standard input: use --diff");
        }
        replace(Path.of(in.name()), r.fixed());
        err.println(
            "fixed: "
                + in.name()
                + ": "
                + r.edits()
                + (r.edits() == 1 ? " edit (" : " edits (")
                + String.join(", ", r.rules())
                + ")");
        out.add(new Lint.Input(in.name(), r.fixed(), in.dockerignore(), in.context(), in.target()));
      } catch (BadInputException e) {
        errors.add(e);
        out.add(in);
      }
    }
    return out;
  }

  /** Prints a unified diff of every file the fixer would change; true when there was one. */
  static boolean diff(Fixer fixer, List<Lint.Input> inputs, PrintWriter out) {
    boolean any = false;
    for (Lint.Input in : inputs) {
      Fixer.Result r = fixer.fix(in.name(), in.text());
      if (!r.changed()) {
        continue;
      }
      any = true;
      List<String> before = lines(r.original());
      List<String> after = lines(r.fixed());
      UnifiedDiffUtils.generateUnifiedDiff(
              in.name(), in.name(), before, DiffUtils.diff(before, after), 3)
          .forEach(out::println);
    }
    out.flush();
    return any;
  }

  /** Lines split at LF, as the parser splits them; a carriage return stays in its line. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (text.endsWith("\n")) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** The owner's write bit is off: root could write, but the file says it should not change. */
  private static boolean readOnly(Path file) {
    try {
      return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
    } catch (UnsupportedOperationException | IOException e) {
      return false;
    }
  }

  /**
   * Writes a temporary file next to the file and moves it over the file, so that a reader never
   * sees half a Dockerfile; the file's permissions carry over, a symbolic link stays one.
   */
  private static void replace(Path file, String text) throws BadInputException {
    String name = file.toString();
    Path target;
    try {
      target = file.toRealPath();
    } catch (IOException e) {
      throw new BadInputException(name, "cannot write the fixed file: " + e.getMessage());
    }
    if (!Files.isWritable(target) || readOnly(target)) {
      throw new BadInputException(name, "cannot write the fixed file: it is read-only");
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".plimsoll");
      Files.write(tmp, text.getBytes(StandardCharsets.UTF_8));
      try {
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(target);
        Files.setPosixFilePermissions(tmp, mode);
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: the temporary file's default permissions stand.
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AccessDeniedException e) {
      throw new BadInputException(name, "cannot write the fixed file: permission denied");
    } catch (IOException e) {
      throw new BadInputException(name, "cannot write the fixed file: " + e.getMessage());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // Best effort: the move normally took it away.
        }
      }
    }
  }
}
