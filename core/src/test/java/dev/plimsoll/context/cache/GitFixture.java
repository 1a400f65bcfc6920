package dev.plimsoll.context.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A git repository in a folder, made with JGit's API: files written, then committed one by one. */
final class GitFixture implements AutoCloseable {
  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  private final Path dir;
  private final Git git;
  private int commits;

  private GitFixture(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
  }

  static GitFixture init(Path dir) throws GitAPIException {
    return new GitFixture(
        dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
  }

  Path dir() {
    return dir;
  }

  GitFixture write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return this;
  }

  GitFixture executable(String path) throws IOException {
    Files.setPosixFilePermissions(dir.resolve(path), PosixFilePermissions.fromString("rwxr-xr-x"));
    return this;
  }

  GitFixture delete(String path) throws IOException {
    Files.delete(dir.resolve(path));
    return this;
  }

  /** Commits everything, one minute after the previous commit, so that history order is certain. */
  RevCommit commit(String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    PersonIdent who =
        new PersonIdent(
            "Test", "test@example.com", START.plusSeconds(60L * commits++), ZoneOffset.UTC);
    return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
  }

  /** The id git gives a file of this text: what a snapshot's identity holds after the mode. */
  static String blob(String text) {
    try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
      return f.idFor(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8)).name();
    }
  }

  @Override
  public void close() {
    git.close();
  }
}
