package dev.plimsoll.dockerfile.syntax;

import dev.plimsoll.BadInputException;

/** A Dockerfile that reads as text but breaks the Dockerfile syntax, at a known line. */
public class DockerfileSyntaxException extends BadInputException {
  private static final long serialVersionUID = 1L;

  public DockerfileSyntaxException(String file, int line, String problem) {
    super(file, line, problem);
  }
}
