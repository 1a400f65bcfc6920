package dev.plimsoll.context;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Walks a build context once, as the builder's file sender would: symbolic links are sent as links,
 * never followed. An excluded folder is skipped whole, without matching anything inside it, unless
 * an exception pattern could re-include something there; with {@code measureExcluded} its files are
 * still counted (a stat each, no matching), else it is only counted as one unmeasured folder.
 *
 * <pre>{@code
 * BuildContext ctx = ContextWalk.walk(Path.of("."), Path.of("Dockerfile"), true, 10);
 * }</pre>
 */
public final class ContextWalk {
  private static final Comparator<BuildContext.Entry> BY_SIZE =
      Comparator.comparingLong(BuildContext.Entry::bytes)
          .reversed()
          .thenComparing(BuildContext.Entry::path);

  private ContextWalk() {}

  /** Walks {@code context} with the ignore file BuildKit would use for {@code dockerfile}. */
  public static BuildContext walk(Path context, Path dockerfile, boolean measureExcluded, int top)
      throws BadInputException {
    Optional<Path> file = DockerIgnore.find(context, dockerfile);
    Optional<DockerIgnore> ignore = Optional.empty();
    if (file.isPresent()) {
      ignore = Optional.of(DockerIgnore.read(file.get(), file.get().normalize().toString()));
    }
    return walk(context, ignore, measureExcluded, top);
  }

  /** Walks {@code context} with {@code ignore}, keeping the {@code top} largest entries. */
  public static BuildContext walk(
      Path context, Optional<DockerIgnore> ignore, boolean measureExcluded, int top)
      throws BadInputException {
    if (!Files.isDirectory(context)) {
      throw new BadInputException(context.toString(), "the build context is not a folder");
    }
    try {
      // The context itself may be a link to a folder; links inside it are sent as links.
      Path start = context.toRealPath();
      Visitor v = new Visitor(ignore, measureExcluded, top);
      Files.walkFileTree(start, v);
      return v.result(context);
    } catch (IOException e) {
      throw new BadInputException(context.toString(), "cannot walk the build context: " + e);
    }
  }

  /** A folder being walked, with what it sends and what it keeps out. */
  private static final class Frame {
    final String rel;
    final boolean excluded;
    final boolean measuring;
    final Optional<BuildContext.Kind> flagged;
    final boolean insideFlagged;
    long sentFiles;
    long sentBytes;
    long excludedFiles;
    long excludedBytes;

    Frame(
        String rel,
        boolean excluded,
        boolean measuring,
        Optional<BuildContext.Kind> flagged,
        boolean insideFlagged) {
      this.rel = rel;
      this.excluded = excluded;
      this.measuring = measuring;
      this.flagged = flagged;
      this.insideFlagged = insideFlagged || flagged.isPresent();
    }
  }

  private static final class Visitor extends SimpleFileVisitor<Path> {
    final Optional<DockerIgnore> ignore;
    final boolean measureExcluded;
    final int top;
    final Deque<Frame> frames = new ArrayDeque<>();
    final List<String> included = new ArrayList<>();
    final Set<String> sentFolders = new HashSet<>();
    final List<BuildContext.Entry> excluded = new ArrayList<>();
    final PriorityQueue<BuildContext.Entry> largest = new PriorityQueue<>(BY_SIZE.reversed());
    final List<BuildContext.Unexcluded> unexcluded = new ArrayList<>();
    long files;
    long bytes;
    long excludedFiles;
    long excludedBytes;
    long unmeasured;

    Visitor(Optional<DockerIgnore> ignore, boolean measureExcluded, int top) {
      this.ignore = ignore;
      this.measureExcluded = measureExcluded;
      this.top = top;
    }

    /** The parent's path plus the name: cheaper than relativizing every path from the root. */
    private String rel(Path p) {
      Frame parent = frames.peek();
      String name = p.getFileName().toString();
      return parent.rel.isEmpty() ? name : parent.rel + "/" + name;
    }

    /** Whether {@code rel} is excluded; its folder, being walked, is known not to be. */
    private boolean excludes(String rel) {
      if (ignore.isEmpty()) {
        return false;
      }
      return frames.peek().excluded
          ? ignore.get().excludes(rel)
          : ignore.get().excludesInIncludedFolder(rel);
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (frames.isEmpty()) {
        frames.push(new Frame("", false, false, Optional.empty(), false));
        return FileVisitResult.CONTINUE;
      }
      Frame parent = frames.peek();
      String rel = rel(dir);
      if (parent.measuring) {
        frames.push(new Frame(rel, true, true, Optional.empty(), true));
        return FileVisitResult.CONTINUE;
      }
      if (excludes(rel)) {
        if (ignore.get().mayReincludeWithin(rel)) {
          frames.push(new Frame(rel, true, false, Optional.empty(), parent.insideFlagged));
          return FileVisitResult.CONTINUE;
        }
        if (!measureExcluded) {
          unmeasured++;
          excluded.add(new BuildContext.Entry(rel, 0, 0, true));
          return FileVisitResult.SKIP_SUBTREE;
        }
        frames.push(new Frame(rel, true, true, Optional.empty(), true));
        return FileVisitResult.CONTINUE;
      }
      // Inside a folder already flagged nothing more is flagged: node_modules/x/build is moot.
      Optional<BuildContext.Kind> flag =
          parent.insideFlagged
              ? Optional.empty()
              : ShouldExclude.folder(dir, dir.getFileName().toString());
      frames.push(new Frame(rel, parent.excluded, false, flag, parent.insideFlagged));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (attrs.isDirectory()) {
        return FileVisitResult.CONTINUE; // a folder the walk could not enter; the error follows
      }
      Frame parent = frames.peek();
      String rel = rel(file);
      long size = attrs.size();
      if (parent.measuring || excludes(rel)) {
        excludedFiles++;
        excludedBytes += size;
        if (parent.excluded) {
          parent.excludedFiles++;
          parent.excludedBytes += size;
        } else {
          excluded.add(new BuildContext.Entry(rel, 1, size, false));
        }
        return FileVisitResult.CONTINUE;
      }
      files++;
      bytes += size;
      included.add(rel);
      offer(new BuildContext.Entry(rel, 1, size, false));
      if (!parent.insideFlagged) {
        ShouldExclude.file(file, file.getFileName().toString())
            .ifPresent(k -> unexcluded.add(new BuildContext.Unexcluded(rel, k, 1, size, false)));
      }
      parent.sentFiles++;
      parent.sentBytes += size;
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
      if (e != null) {
        throw e;
      }
      Frame done = frames.pop();
      Frame parent = frames.peek();
      if (parent == null) {
        return FileVisitResult.CONTINUE;
      }
      parent.sentFiles += done.sentFiles;
      parent.sentBytes += done.sentBytes;
      if (parent.excluded) {
        parent.excludedFiles += done.excludedFiles;
        parent.excludedBytes += done.excludedBytes;
      } else if (done.excluded) {
        excluded.add(
            new BuildContext.Entry(done.rel, done.excludedFiles, done.excludedBytes, true));
      }
      if (!done.excluded || done.sentFiles > 0) {
        sentFolders.add(done.rel);
        offer(new BuildContext.Entry(done.rel, done.sentFiles, done.sentBytes, true));
        done.flagged.ifPresent(
            k ->
                unexcluded.add(
                    new BuildContext.Unexcluded(
                        done.rel, k, done.sentFiles, done.sentBytes, true)));
      }
      return FileVisitResult.CONTINUE;
    }

    BuildContext result(Path context) {
      Collections.sort(included);
      unexcluded.sort(Comparator.comparing(BuildContext.Unexcluded::path));
      excluded.sort(BY_SIZE);
      List<BuildContext.Entry> candidates = new ArrayList<>(largest);
      candidates.sort(BY_SIZE);
      List<BuildContext.Entry> top = new ArrayList<>();
      for (BuildContext.Entry e : candidates) {
        // A folder that holds nothing but a bigger entry already listed tells nothing new.
        boolean redundant =
            e.folder()
                && candidates.stream()
                    .anyMatch(o -> o.bytes() == e.bytes() && o.path().startsWith(e.path() + "/"));
        if (!redundant && top.size() < this.top) {
          top.add(e);
        }
      }
      return new BuildContext(
          context,
          ignore.map(DockerIgnore::file),
          files,
          bytes,
          excludedFiles,
          excludedBytes,
          unmeasured,
          excluded,
          top,
          included,
          sentFolders,
          unexcluded);
    }

    /** Keeps three times {@code top}, so dropping redundant folders still leaves enough. */
    private void offer(BuildContext.Entry e) {
      largest.add(e);
      if (largest.size() > 3 * top) {
        largest.poll();
      }
    }
  }
}
