package dev.plimsoll.dockerfile.shell;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A redirection: {@code >file}, {@code 2>&1}, {@code &>/dev/null}, {@code <<EOF}.
 *
 * @param fd the explicit file descriptor before the operator, as in {@code 2>}
 * @param operator {@code >}, {@code >>}, {@code <}, {@code >&}, {@code <&}, {@code &>}, {@code
 *     &>>}, {@code <>}, {@code >|}, {@code <<}, {@code <<-} or {@code <<<}
 * @param target the file, descriptor or heredoc delimiter word; absent when the script ends after
 *     the operator
 * @param heredoc the body of a {@code <<} heredoc, each line ending in a newline
 * @param offset where the redirection starts in {@link ShellScript#text()}
 */
public record Redirect(
    OptionalInt fd, String operator, Optional<Word> target, Optional<String> heredoc, int offset) {}
