package dev.plimsoll.context.cache;

import dev.plimsoll.BadInputException;
import dev.plimsoll.context.DockerIgnore;
import dev.plimsoll.dockerfile.syntax.DockerfileText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * A build context and its Dockerfile as they were at a commit, read with JGit from the repository
 * that holds the context folder. Files are identified by their blob id and git mode (git keeps the
 * executable bit, which BuildKit's content hash sees); {@code .dockerignore} is the commit's own.
 * Submodules and files git does not track are not part of any commit, so not of these contexts.
 */
public final class GitRevisions implements AutoCloseable {
  /** A Dockerfile or ignore file larger than this is refused rather than read into memory. */
  private static final int TEXT_LIMIT = 16 * 1024 * 1024;

  private final Repository repo;
  private final String contextPrefix;
  private final String dockerfilePath;
  private final String dockerfileName;

  private GitRevisions(Repository repo, String contextPrefix, String dockerfilePath, String name) {
    this.repo = repo;
    this.contextPrefix = contextPrefix;
    this.dockerfilePath = dockerfilePath;
    this.dockerfileName = name;
  }

  /**
   * Opens the repository that holds {@code context}; {@code dockerfile} must be in its work tree.
   *
   * @throws BadInputException when the folder is in no git repository
   */
  public static GitRevisions open(Path context, Path dockerfile) throws BadInputException {
    Path abs = context.toAbsolutePath().normalize();
    FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(abs.toFile());
    if (b.getGitDir() == null) {
      throw new BadInputException(context.toString(), "not inside a git repository");
    }
    try {
      Repository repo = b.setMustExist(true).build();
      if (repo.isBare()) {
        repo.close();
        throw new BadInputException(context.toString(), "the repository has no work tree");
      }
      Path top = repo.getWorkTree().toPath().toRealPath();
      Path ctx = abs.toRealPath();
      Path df = dockerfile.toAbsolutePath().normalize();
      Path dfReal =
          df.getParent() == null ? df : df.getParent().toRealPath().resolve(df.getFileName());
      if (!dfReal.startsWith(top)) {
        repo.close();
        throw new BadInputException(
            dockerfile.toString(), "the Dockerfile is outside the repository");
      }
      return new GitRevisions(
          repo,
          slash(top.relativize(ctx)),
          slash(top.relativize(dfReal)),
          dockerfile.normalize().toString());
    } catch (IOException e) {
      throw new BadInputException(
          context.toString(), "cannot open the git repository: " + e.getMessage());
    }
  }

  private static String slash(Path p) {
    return p.toString().replace('\\', '/');
  }

  /** The Dockerfile's name, as messages give it. */
  public String dockerfileName() {
    return dockerfileName;
  }

  /** The commit a revision names ({@code HEAD~3}, a tag, a branch, an id). */
  public RevCommit commit(String revision) throws BadInputException {
    try (RevWalk walk = new RevWalk(repo)) {
      ObjectId id = repo.resolve(revision);
      if (id == null) {
        throw new BadInputException("--git", "unknown revision " + revision);
      }
      return walk.parseCommit(id);
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(
          "--git", "cannot read revision " + revision + ": " + e.getMessage());
    }
  }

  /**
   * The last {@code n} commits reachable from HEAD that have a parent, newest first, each with its
   * first parent: the changes a team pushed, merged branches included, each built after the commit
   * it was made on.
   */
  public List<RevCommit[]> recentChanges(int n) throws BadInputException {
    List<RevCommit[]> out = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repo)) {
      ObjectId head = repo.resolve(Constants.HEAD);
      if (head == null) {
        throw new BadInputException(repo.getWorkTree().toString(), "the repository has no commit");
      }
      walk.sort(RevSort.COMMIT_TIME_DESC);
      walk.markStart(walk.parseCommit(head));
      for (RevCommit c : walk) {
        if (out.size() >= n) {
          break;
        }
        if (c.getParentCount() > 0) {
          out.add(new RevCommit[] {c, walk.parseCommit(c.getParent(0))});
        }
      }
    } catch (IOException e) {
      throw new BadInputException(
          repo.getWorkTree().toString(), "cannot read the history: " + e.getMessage());
    }
    return out;
  }

  /** The build at a revision, with {@code buildArgs}. */
  public CacheSimulation.Build build(String revision, Map<String, String> buildArgs)
      throws BadInputException {
    RevCommit c = commit(revision);
    Optional<String> text = dockerfile(c);
    if (text.isEmpty()) {
      throw new BadInputException(dockerfileName, "not in commit " + revision);
    }
    return new CacheSimulation.Build(text.get(), snapshot(c), buildArgs);
  }

  /** The Dockerfile's text at {@code commit}; empty when it is not there. */
  public Optional<String> dockerfile(RevCommit commit) throws BadInputException {
    Optional<byte[]> bytes = blob(commit, dockerfilePath);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(DockerfileText.decode(bytes.get(), dockerfilePath + "@" + short7(commit)));
  }

  private static String short7(RevCommit commit) {
    return commit.abbreviate(7).name();
  }

  private Optional<byte[]> blob(RevCommit commit, String path) throws BadInputException {
    try (ObjectReader reader = repo.newObjectReader();
        TreeWalk walk = TreeWalk.forPath(reader, path, commit.getTree())) {
      if (walk == null || (walk.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
        return Optional.empty();
      }
      return Optional.of(reader.open(walk.getObjectId(0)).getCachedBytes(TEXT_LIMIT));
    } catch (LargeObjectException e) {
      throw new BadInputException(path + "@" + commit.abbreviate(7).name(), "larger than 16 MiB");
    } catch (IOException e) {
      throw new BadInputException(path, "cannot read it from git: " + e.getMessage());
    }
  }

  /**
   * The context at {@code commit}: every file under the context folder that the commit's {@code
   * .dockerignore} (or {@code <Dockerfile>.dockerignore}) lets through.
   */
  public ContextSnapshot snapshot(RevCommit commit) throws BadInputException {
    Optional<DockerIgnore> ignore = ignoreFile(commit);
    TreeMap<String, String> files = new TreeMap<>();
    try (TreeWalk walk = new TreeWalk(repo)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      if (!contextPrefix.isEmpty()) {
        walk.setFilter(PathFilter.create(contextPrefix));
      }
      int cut = contextPrefix.isEmpty() ? 0 : contextPrefix.length() + 1;
      while (walk.next()) {
        int mode = walk.getRawMode(0);
        if ((mode & FileMode.TYPE_MASK) == FileMode.TYPE_GITLINK) {
          continue; // a submodule: its files are in another repository
        }
        String rel = walk.getPathString().substring(cut);
        if (ignore.isPresent() && ignore.get().excludes(rel)) {
          continue;
        }
        files.put(rel, Integer.toOctalString(mode) + ":" + walk.getObjectId(0).name());
      }
    } catch (IOException e) {
      throw new BadInputException(
          repo.getWorkTree().toString(),
          "cannot read commit " + commit.name() + ": " + e.getMessage());
    }
    return ContextSnapshot.of(files);
  }

  private Optional<DockerIgnore> ignoreFile(RevCommit commit) throws BadInputException {
    List<String> candidates = new ArrayList<>();
    candidates.add(dockerfilePath + ".dockerignore");
    candidates.add(contextPrefix.isEmpty() ? ".dockerignore" : contextPrefix + "/.dockerignore");
    for (String path : candidates) {
      Optional<byte[]> bytes = blob(commit, path);
      if (bytes.isPresent()) {
        String text = new String(bytes.get(), StandardCharsets.UTF_8);
        return Optional.of(DockerIgnore.parse(path + "@" + short7(commit), text));
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    repo.close();
  }
}
