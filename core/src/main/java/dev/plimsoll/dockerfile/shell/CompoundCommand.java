package dev.plimsoll.dockerfile.shell;

import java.util.List;

/**
 * A compound command, parsed loosely: its lists are kept in order (an {@code if}'s condition, then
 * its branches), without telling apart which branch is which, because rules only ask which commands
 * can run.
 *
 * @param kind what construct it is
 * @param header words that are not commands: a {@code for} loop's name and items, a {@code case}
 *     subject and its patterns, a function's name
 * @param body the lists inside, in the order written
 * @param redirects redirections after the closing keyword
 * @param offset where it starts in {@link ShellScript#text()}
 */
public record CompoundCommand(
    Kind kind, List<Word> header, List<AndOr> body, List<Redirect> redirects, int offset)
    implements Command {

  public CompoundCommand {
    header = List.copyOf(header);
    body = List.copyOf(body);
    redirects = List.copyOf(redirects);
  }

  /** The constructs; {@code FUNCTION} is {@code name() body}, its body a one-command list. */
  public enum Kind {
    SUBSHELL,
    GROUP,
    IF,
    WHILE,
    UNTIL,
    FOR,
    CASE,
    FUNCTION
  }
}
