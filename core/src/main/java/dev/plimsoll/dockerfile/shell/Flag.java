package dev.plimsoll.dockerfile.shell;

import java.util.Optional;

/**
 * One option of a command, spelled with its dashes: {@code -y}, {@code --yes}. A cluster {@code
 * -qqy} gives {@code -q}, {@code -q}, {@code -y}, all pointing at the same word.
 *
 * @param name the option with its dashes, without any {@code =value}
 * @param value the value, from {@code --name=value}, from the rest of a short cluster ({@code
 *     -rreq.txt}) or from the next word, for options the caller declared as taking a value
 * @param word the word the option was written in
 */
public record Flag(String name, Optional<String> value, Word word) {}
